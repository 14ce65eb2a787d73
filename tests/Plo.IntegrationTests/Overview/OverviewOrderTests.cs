using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Security;
using Plo.Infrastructure.DemoData;

namespace Plo.IntegrationTests.Overview;

/// <summary>
/// A list of every active child is paged in memory from the summary's facts (FactOrder); a filtered list is sorted
/// and paged by SQL. On a seeded database, where brothers and sisters share a key date and many families share a day,
/// both must give the same order for every sort, and pages must neither share nor skip a child.
/// </summary>
public class OverviewOrderTests(OverviewApiFactory api) : IClassFixture<OverviewApiFactory>
{
    [Theory]
    [InlineData("rag")]
    [InlineData("weeks")]
    [InlineData("nextDue")]
    public async Task Every_child_is_in_the_order_SQL_gives_a_filtered_list(string sort)
    {
        var client = api.ClientFor(Roles.SeniorManager, "sm-order");
        await SeedOnceAsync(client);

        var inMemory = await ChildrenAsync(client, $"/api/overview?sort={sort}&pageSize=500");
        // "At least 0 weeks in" matches every active child, but is a filter: SQL sorts and pages it.
        var bySql = await ChildrenAsync(client, $"/api/overview?sort={sort}&pageSize=500&minWeeks=0");

        Assert.True(inMemory.Count > 100);
        Assert.Equal(bySql, inMemory);

        var paged = new List<Guid>();
        for (var page = 1; page <= 4; page++)
        {
            paged.AddRange(await ChildrenAsync(client, $"/api/overview?sort={sort}&pageSize=7&page={page}"));
        }

        Assert.Equal(inMemory.Take(28), paged);
        Assert.Equal(inMemory.Skip(50).Take(50), await ChildrenAsync(client, $"/api/overview?sort={sort}&page=2"));
    }

    private static async Task<List<Guid>> ChildrenAsync(HttpClient client, string url)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        return [.. page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("childId").GetGuid())];
    }

    /// <summary>The theory's cases share one seeded database.</summary>
    private async Task SeedOnceAsync(HttpClient client)
    {
        if ((await ChildrenAsync(client, "/api/overview?pageSize=1")).Count == 0)
        {
            using var scope = api.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<SyntheticSeeder>().SeedAsync(80, null, default);
        }
    }
}
