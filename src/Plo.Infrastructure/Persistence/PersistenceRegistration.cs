using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plo.Application.Common.Abstractions;

namespace Plo.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = PloDbContextOptions.ResolveConnectionString(
            options,
            configuration.GetConnectionString("Plo")
        );

        services.AddSingleton(options);
        services.TryAddSingleton<DataVersion>();
        services.AddSingleton<IInterceptor, DataChangeSignal>();
        // Interceptors registered in DI (diagnostics, tests counting commands) join every context; they are singletons,
        // as pooled contexts are configured once from the root provider. Pooling saves building the options and the
        // context's internal services on every request.
        services.AddDbContextPool<PloDbContext>(
            (sp, o) =>
                PloDbContextOptions
                    .Configure(o, options.Provider, connectionString)
                    .AddInterceptors(sp.GetServices<IInterceptor>())
        );
        services.AddScoped<IPloDbContext>(sp => sp.GetRequiredService<PloDbContext>());
        services.AddSingleton<IConcurrentReads, ConcurrentReads>();
        services.AddScoped<ICaseReferenceAllocator, CaseReferenceAllocator>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
