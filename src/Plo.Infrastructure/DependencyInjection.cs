using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plo.Application.Journey;
using Plo.Domain.Calendar;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Persistence;
using Plo.Infrastructure.Security;

namespace Plo.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.Configure<JourneyOptions>(configuration.GetSection(JourneyOptions.Section));
        services.AddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<JourneyOptions>>().Value.ExtraHolidays));
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        return services;
    }
}
