using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Plo.Infrastructure.Security;

namespace Plo.BrowserTests;

/// <summary>
/// The real app on a random loopback port with a fresh SQLite file and the demo families, as `dotnet run` gives a
/// newcomer, and one headless system Chromium that every test opens its own context (its own cookies) in.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"plo-browser-{Guid.NewGuid():N}.db");
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _factory!.Services;

    /// <summary>The app's clock: real time, moved on when a journey needs a later day (reset it afterwards).</summary>
    public ShiftableClock Clock { get; } = new();

    /// <summary>Today as the app sees it.</summary>
    public DateTime Today => Clock.GetUtcNow().UtcDateTime.Date;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Chromium))
        {
            return; // the tests skip (or, in CI, fail on the missing browser)
        }

        _factory = new Factory(_database, Clock);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.Chromium,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            }
        );
    }

    /// <summary>A new browser page, signed in as this person from the demo staff directory.</summary>
    public async Task<IPage> SignedInAsync(string userId, int width = 1280)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync($"{BaseUrl}/account/sign-in");
        await page.Locator($"form:has(input[name=userId][value='{userId}']) button").ClickAsync();
        return page;
    }

    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                AcceptDownloads = true,
            }
        );
        return await context.NewPageAsync();
    }

    /// <summary>A bearer token for setting up data through the API, as an integration would.</summary>
    public string Token(string userId, params string[] roles) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(userId, roles, TimeSpan.FromMinutes(30));

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        foreach (var file in new[] { _database, $"{_database}-wal", $"{_database}-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed class Factory(string database, TimeProvider clock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environments.Development);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:SeedDemoData", "true");
            builder.UseSetting("ConnectionStrings:Plo", $"Data Source={database};Pooling=False");
            builder.UseSetting("Authentication:Pages:DevelopmentSignIn", "true");
            foreach (var bucket in new[] { "Api", "Heavy" })
            {
                builder.UseSetting($"RateLimiting:{bucket}:TokenLimit", "1000000");
                builder.UseSetting($"RateLimiting:{bucket}:TokensPerPeriod", "1000000");
            }

            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}

/// <summary>Real time moved on by <see cref="Shift"/>.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
