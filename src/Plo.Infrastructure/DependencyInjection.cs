using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Journey;
using Plo.Application.Letters;
using Plo.Application.Letters.Model;
using Plo.Application.Overview;
using Plo.Application.PlainLanguage;
using Plo.Domain.Calendar;
using Plo.Infrastructure.Auditing;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Idempotency;
using Plo.Infrastructure.Import;
using Plo.Infrastructure.Letters;
using Plo.Infrastructure.Persistence;
using Plo.Infrastructure.Security;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Config;

namespace Plo.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.Configure<JourneyOptions>(configuration.GetSection(JourneyOptions.Section));
        services.AddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<JourneyOptions>>().Value.ExtraHolidays));
        services.Configure<PlainLanguageOptions>(configuration.GetSection(PlainLanguageOptions.Section));
        services.AddSingleton(sp => new PlainLanguageChecker(
            sp.GetRequiredService<IOptions<PlainLanguageOptions>>().Value.RulesPath is { Length: > 0 } rules ? RuleSetLoader.FromFile(rules) : null,
            sp.GetRequiredService<WorkingDayCalendar>().IsWorkingDay,
            sp.GetRequiredService<TimeProvider>()));
        services.Configure<OverviewOptions>(configuration.GetSection(OverviewOptions.Section));
        services.Configure<CouncilOptions>(configuration.GetSection(CouncilOptions.Section));
        services.AddSingleton(_ => new LetterTemplateCatalog(configuration["Letters:TemplatesPath"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "letter-templates")));
        services.AddSingleton<ILetterRenderer, ScribanLetterRenderer>();
        services.AddSingleton<LetterDrafter>();
        services.AddSingleton<ILetterDocumentWriter, DocxLetterWriter>();
        services.AddSingleton<BufferedAccessLog>();
        services.AddSingleton<IAccessLog>(sp => sp.GetRequiredService<BufferedAccessLog>());
        services.AddHostedService(sp => sp.GetRequiredService<BufferedAccessLog>());
        services.AddSingleton<IdempotencyStore>();
        services.AddScoped<StaffImporter>();
        services.AddScoped<CaseImporter>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<SyntheticSeeder>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        return services;
    }
}
