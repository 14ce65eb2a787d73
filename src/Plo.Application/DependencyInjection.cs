using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Plo.Application;

public static class DependencyInjection
{
    /// <summary>Validators (scoped, like the mediator). The mediator itself is generated in the host project.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped);
        services.AddScoped<Common.Security.AccessGrant>();
        return services;
    }
}
