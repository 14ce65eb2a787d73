using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>The API counting its SQL commands, with the read cache on or off.</summary>
public class CountingApiFactory(bool cached) : PloApiFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ReadCache:Seconds", cached ? "30" : "0");
        builder.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(Commands));
    }
}

/// <summary>The API as shipped: reads served again from memory while nothing changes, for at most 30 seconds.
/// </summary>
public sealed class CachedApiFactory() : CountingApiFactory(cached: true);
