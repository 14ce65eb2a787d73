using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Cli;
using Plo.Infrastructure.DemoData;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cli;

public class SeedTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private async Task<int> SeedAsync(int families)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<SyntheticSeeder>()
            .SeedAsync(families, null, CancellationToken.None);
    }

    [Fact]
    public async Task Seeds_varied_families_once()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(600, await SeedAsync(600));
        Assert.Equal(0, await SeedAsync(600));
        Assert.Equal(50, await SeedAsync(650));

        var seeded = await api.InDatabaseAsync(db =>
            db.Cases.AsNoTracking()
                .Where(c => c.OpenedBy == SyntheticSeeder.SeedUser)
                .Select(c => new
                {
                    Closed = c.Exit != null,
                    Extended = c.Extensions.Count > 0,
                    c.NextKeyDate,
                    Stages = c.Episodes.Select(e => e.Stage).ToList(),
                })
                .ToListAsync()
        );
        Assert.Equal(650, seeded.Count);
        Assert.Contains(seeded, s => s.Closed);
        Assert.Contains(seeded, s => s.Extended);
        Assert.Contains(seeded, s => s.NextKeyDate is { } next && next.DueOn < new DateOnly(2026, 11, 26));
        Assert.True(seeded.SelectMany(s => s.Stages).Distinct().Count() >= 4);
        var references = await api.InDatabaseAsync(db => db.Cases.Select(c => c.Reference).ToListAsync());
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("seed", "--families", "lots")]
    [InlineData("seed", "--families", "-1")]
    public async Task Bad_arguments_exit_2(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, await CliApp.RunAsync(args, output, error, "Production"));
        Assert.StartsWith("plo: ", error.ToString(), StringComparison.Ordinal);
    }
}
