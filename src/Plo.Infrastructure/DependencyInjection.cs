using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Persistence;
using Plo.Infrastructure.Security;

namespace Plo.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersistence(configuration);
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<DevelopmentTokenIssuer>();
        return services;
    }
}
