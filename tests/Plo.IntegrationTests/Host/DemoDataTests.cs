using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Security;
using Plo.Infrastructure.DemoData;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Host;

public sealed class DemoApiFactory : PloApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:SeedDemoData", "true");
    }
}

public class DemoDataTests(DemoApiFactory api) : IClassFixture<DemoApiFactory>
{
    [Fact]
    public async Task Seeds_families_at_different_stages_once()
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        var client = api.ClientFor(Roles.SeniorManager, "sm");
        var cases = await client.GetFromJsonAsync<JsonElement>("/api/cases?pageSize=50");
        Assert.Equal(4, cases.GetProperty("totalCount").GetInt32());

        var statuses = new List<string>();
        foreach (var item in cases.GetProperty("items").EnumerateArray())
        {
            var points = await client.GetFromJsonAsync<JsonElement>(
                $"/api/cases/{item.GetProperty("id").GetGuid()}/review-points"
            );
            statuses.Add(points.GetProperty("rationaleStatus").GetString()!);
        }

        Assert.Contains("missing", statuses);
        Assert.Contains("recorded", statuses);
        Assert.True(await api.InDatabaseAsync(db => db.Timeline.AnyAsync()));
    }
}
