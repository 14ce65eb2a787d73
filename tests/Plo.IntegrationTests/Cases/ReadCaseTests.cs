using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cases;

public class ReadCaseTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task An_unknown_case_is_404()
    {
        var response = await api.ClientFor(Roles.SeniorManager).GetAsync($"/api/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_social_worker_sees_only_their_own_caseload()
    {
        var mine = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.SocialWorker, "sw-mine"),
            CaseRequests.Family("sw-mine")
        );
        var theirs = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.SocialWorker, "sw-other"),
            CaseRequests.Family("sw-other")
        );
        var client = api.ClientFor(Roles.SocialWorker, "sw-mine");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/cases/{mine.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cases/{theirs.CaseId}")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/cases?pageSize=200");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine.CaseId, ids);
        Assert.DoesNotContain(theirs.CaseId, ids);
    }

    [Fact]
    public async Task A_team_manager_sees_the_cases_they_manage_and_a_senior_manager_sees_all()
    {
        var managed = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.TeamManager, "tm-a"),
            CaseRequests.Family("sw-a", "tm-a")
        );
        var other = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.TeamManager, "tm-b"),
            CaseRequests.Family("sw-b", "tm-b")
        );

        Assert.Equal(
            HttpStatusCode.NotFound,
            (await api.ClientFor(Roles.TeamManager, "tm-a").GetAsync($"/api/cases/{other.CaseId}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await api.ClientFor(Roles.TeamManager, "tm-a").GetAsync($"/api/cases/{managed.CaseId}")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await api.ClientFor(Roles.SeniorManager, "sm").GetAsync($"/api/cases/{other.CaseId}")).StatusCode
        );
    }

    [Fact]
    public async Task Lists_a_page_with_the_total()
    {
        var client = api.ClientFor(Roles.SocialWorker, "sw-pages");
        for (var i = 0; i < 3; i++)
        {
            await CaseRequests.OpenAsync(client, CaseRequests.Family("sw-pages"));
        }

        var page = await client.GetFromJsonAsync<JsonElement>("/api/cases?page=2&pageSize=2");

        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Amy, Baby", page.GetProperty("items")[0].GetProperty("childNames").GetString());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=500")]
    public async Task Refuses_an_impossible_page(string query)
    {
        var response = await api.ClientFor(Roles.SeniorManager).GetAsync($"/api/cases?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("sw-x", new[] { Roles.SocialWorker })]
    [InlineData("tm-x", new[] { Roles.TeamManager })]
    [InlineData("sw-x", new[] { Roles.SocialWorker, Roles.TeamManager })]
    [InlineData("tm-x", new[] { Roles.TeamManager, Roles.SocialWorker })]
    [InlineData("anyone", new[] { Roles.LegalAdviser })]
    public async Task The_list_shows_exactly_the_cases_the_user_may_open(string user, string[] roles)
    {
        await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, "sw-x"), CaseRequests.Family("sw-x", "tm-y"));
        await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, "sw-y"), CaseRequests.Family("sw-y", "tm-x"));
        await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, "sw-z"), CaseRequests.Family("sw-z", "tm-z"));
        var client = api.ClientFor(roles, user);
        var everyCase = await api.ClientFor(Roles.SeniorManager, "sm")
            .GetFromJsonAsync<JsonElement>("/api/cases?pageSize=200");

        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/cases?pageSize=200"))
            .GetProperty("items")
            .EnumerateArray()
            .Select(i => i.GetProperty("id").GetGuid())
            .ToHashSet();
        var openable = new HashSet<Guid>();
        foreach (var id in everyCase.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()))
        {
            if ((await client.GetAsync($"/api/cases/{id}")).StatusCode == HttpStatusCode.OK)
            {
                openable.Add(id);
            }
        }

        Assert.NotEmpty(listed);
        Assert.Equal(openable.Order(), listed.Order());
    }
}
