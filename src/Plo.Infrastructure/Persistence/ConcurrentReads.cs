using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Abstractions;

namespace Plo.Infrastructure.Persistence;

/// <summary>Each read in a scope of its own, so it leases its own pooled context (and so its own connection).</summary>
public sealed class ConcurrentReads(IServiceScopeFactory scopes) : IConcurrentReads
{
    public Task<T> StartAsync<T>(Func<IPloDbContext, Task<T>> read) =>
        Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<IPloDbContext>());
        });
}
