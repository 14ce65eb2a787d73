using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;
using Plo.Application.Journey;
using Plo.Application.Letters;
using Plo.Application.Letters.Model;
using Plo.Application.Overview;
using Plo.Application.Overview.GetOverview;
using Plo.Application.PlainLanguage;
using Plo.Domain.Calendar;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Config;

namespace Plo.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The Application layer's own options and services: local policy (journey, overview, plain language, council),
    /// the working-day calendar, the checker and the letter drafter, and validators (scoped, like the mediator). The
    /// mediator itself is generated in the host project.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped);
        services.AddScoped<Common.Security.AccessGrant>();
        services.AddScoped<Staff.SignIn.StaffSignIn>();
        services.Configure<JourneyOptions>(configuration.GetSection(JourneyOptions.Section));
        services.Configure<PlainLanguageOptions>(configuration.GetSection(PlainLanguageOptions.Section));
        services.Configure<OverviewOptions>(configuration.GetSection(OverviewOptions.Section));
        services.Configure<ReadCacheOptions>(configuration.GetSection(ReadCacheOptions.Section));
        services.AddSingleton<DataVersion>();
        services.AddSingleton<OverviewCache>();
        services.AddSingleton<OverviewFiguresCache>();
        services.AddSingleton<OverviewWarmUp>();
        services.AddSingleton<DirectoryCache>();
        services.AddSingleton<Cases.GetCase.CaseDetailsCache>();
        services.Configure<CouncilOptions>(configuration.GetSection(CouncilOptions.Section));
        services.AddSingleton(sp => new WorkingDayCalendar(
            sp.GetRequiredService<IOptions<JourneyOptions>>().Value.ExtraHolidays
        ));
        services.AddSingleton(sp => new PlainLanguageChecker(
            sp.GetRequiredService<IOptions<PlainLanguageOptions>>().Value.RulesPath is { Length: > 0 } rules
                ? RuleSetLoader.FromFile(rules)
                : null,
            sp.GetRequiredService<WorkingDayCalendar>().IsWorkingDay,
            sp.GetRequiredService<TimeProvider>()
        ));
        services.AddSingleton<LetterDrafter>();
        return services;
    }
}
