using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using Plo.Infrastructure.Persistence;
using Plo.Infrastructure.Security;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>The real API on a real SQLite file of its own, migrated by the real migrations at start-up.</summary>
public class PloApiFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"plo-test-{Guid.NewGuid():N}.db");

    /// <summary>The application clock; tokens use the real clock so they stay valid.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected virtual string EnvironmentName => Environments.Development;

    /// <summary>What the app logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("ConnectionStrings:Plo", $"Data Source={DatabasePath};Pooling=False");
        // A signing key of the tests' own: the real Development key never leaves the developer's machine.
        foreach (var (key, value) in TestTokens.Settings)
        {
            builder.UseSetting(key, value);
        }
        // Tests fire hundreds of requests a second as one user; RateLimitTests uses the shipped buckets.
        foreach (var bucket in new[] { "Api", "Heavy" })
        {
            builder.UseSetting($"RateLimiting:{bucket}:TokenLimit", "1000000");
            builder.UseSetting($"RateLimiting:{bucket}:TokensPerPeriod", "1000000");
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private StaffDirectory? _directory;

    /// <summary>The staff directory as the tests see it (see <see cref="StaffDirectory"/>).</summary>
    public StaffDirectory Directory => _directory ??= new StaffDirectory(Services);

    public HttpClient ClientFor(string role, string user = "user-1") => ClientFor([role], user);

    public HttpClient ClientFor(string[] roles, string user)
    {
        var client = CreateDefaultClient(new StaffDirectory.EnrollAllocatedStaff(Directory));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(roles, user));
        return client;
    }

    /// <summary>A token for this user, who is put in the staff directory with these roles.</summary>
    public string TokenFor(string[] roles, string user)
    {
        Directory.Register(user, roles);
        var configuration = Services.GetRequiredService<IConfiguration>();
        var development = new Mock<IHostEnvironment>();
        development.SetupGet(e => e.EnvironmentName).Returns(Environments.Development);
        return new DevelopmentTokenIssuer(configuration, development.Object, TimeProvider.System).Issue(
            user,
            roles,
            TimeSpan.FromHours(1)
        );
    }

    public async Task<T> InDatabaseAsync<T>(Func<PloDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PloDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same API as it runs in production: no exception details in responses.</summary>
public sealed class ProductionApiFactory : PloApiFactory
{
    protected override string EnvironmentName => Environments.Production;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Production needs the council's details; the tests lend it the Development ones, and their own token settings.
        builder.ConfigureAppConfiguration(c =>
            c.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json"))
                .AddInMemoryCollection(TestTokens.Settings)
                .AddInMemoryCollection(PageSignIn)
        );
    }

    /// <summary>Outside Development staff sign in to the pages through the council's identity provider, never the
    /// Development list.</summary>
    public static readonly Dictionary<string, string?> PageSignIn = new()
    {
        ["Authentication:Pages:DevelopmentSignIn"] = "false",
        ["Authentication:Schemes:OpenIdConnect:Authority"] = "https://login.example.org/council/v2.0",
        ["Authentication:Schemes:OpenIdConnect:ClientId"] = "plo-pages",
    };
}
