using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Staff;

public class StaffDirectoryTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private HttpClient Senior => api.ClientFor(Roles.SeniorManager, "sm-directory");

    private static object Details(string name, string role, Guid? teamId = null, bool active = true) =>
        new
        {
            displayName = name,
            roles = new[] { role },
            teamId,
            jobTitle = "Social worker",
            phone = "01632 960777",
            email = "x@example.org",
            isActive = active,
        };

    private async Task<JsonElement> AddAsync(string userId, string name, string role, Guid? teamId = null)
    {
        var response = await Senior.PostAsJsonAsync(
            "/api/staff",
            new { userId, details = Details(name, role, teamId) }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<Guid> TeamAsync(string name, string managerId)
    {
        var response = await Senior.PostAsJsonAsync("/api/teams", new { name, managerId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_senior_manager_keeps_the_directory_and_everyone_reads_it()
    {
        await AddAsync("tm-dir", "Rowan Blake", Roles.TeamManager);
        var team = await TeamAsync("Eastside", "tm-dir");
        var added = await AddAsync("sw-dir", "Sasha Lin", Roles.SocialWorker, team);

        var staff = await api.ClientFor(Roles.SocialWorker, "user-1").GetFromJsonAsync<JsonElement>("/api/staff");
        var teams = await api.ClientFor(Roles.SocialWorker, "user-1").GetFromJsonAsync<JsonElement>("/api/teams");

        var sasha = staff.EnumerateArray().Single(s => s.GetProperty("userId").GetString() == "sw-dir");
        Assert.Equal("Sasha Lin", sasha.GetProperty("displayName").GetString());
        Assert.Equal("Eastside", sasha.GetProperty("teamName").GetString());
        Assert.Equal(
            "Rowan Blake",
            teams
                .EnumerateArray()
                .Single(t => t.GetProperty("name").GetString() == "Eastside")
                .GetProperty("managerName")
                .GetString()
        );
        Assert.Equal(1, added.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData(Roles.TeamManager)]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.GatewayPanel)]
    public async Task Only_a_senior_manager_changes_the_directory(string role)
    {
        var response = await api.ClientFor(role, "someone-" + role)
            .PostAsJsonAsync("/api/staff", new { userId = "sw-sneaky", details = Details("X", Roles.SocialWorker) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_same_user_twice_or_an_unknown_role_is_a_400()
    {
        await AddAsync("sw-twice", "Jo Twice", Roles.SocialWorker);

        var twice = await Senior.PostAsJsonAsync(
            "/api/staff",
            new { userId = "sw-twice", details = Details("Jo Again", Roles.SocialWorker) }
        );
        var unknown = await Senior.PostAsJsonAsync(
            "/api/staff",
            new { userId = "sw-odd", details = Details("Odd", "Director") }
        );

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task A_case_cannot_be_allocated_to_a_misspelt_or_inactive_member_of_staff()
    {
        var inactive = await AddAsync("sw-left", "Kim Left", Roles.SocialWorker);
        (
            await Senior.PutAsJsonAsync(
                "/api/staff/sw-left",
                new
                {
                    version = inactive.GetProperty("version").GetInt32(),
                    details = Details("Kim Left", Roles.SocialWorker, active: false),
                }
            )
        ).EnsureSuccessStatusCode();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new(
            "Bearer",
            api.TokenFor([Roles.SocialWorker, Roles.TeamManager], "opener")
        );

        var misspelt = await client.PostAsJsonAsync("/api/cases", CaseRequests.Family("sw-jordna", "opener"));
        var left = await client.PostAsJsonAsync("/api/cases", CaseRequests.Family("sw-left", "opener"));
        var errors = (await misspelt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, misspelt.StatusCode);
        Assert.True(errors.TryGetProperty("socialWorkerId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, left.StatusCode);
    }

    [Fact]
    public async Task An_inactive_member_of_staff_is_refused_and_told_why()
    {
        var member = await AddAsync("sw-gone", "Lee Gone", Roles.SocialWorker);
        var gone = api.ClientFor(Roles.SocialWorker, "sw-gone");
        (
            await Senior.PutAsJsonAsync(
                "/api/staff/sw-gone",
                new
                {
                    version = member.GetProperty("version").GetInt32(),
                    details = Details("Lee Gone", Roles.SocialWorker, active: false),
                }
            )
        ).EnsureSuccessStatusCode();

        var response = await gone.GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("inactive", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_manager_reaches_the_cases_of_the_social_workers_in_their_team()
    {
        await AddAsync("tm-team", "Ash Team", Roles.TeamManager);
        var team = await TeamAsync("Westside", "tm-team");
        await AddAsync("sw-team", "Bo Member", Roles.SocialWorker, team);
        var opened = await CaseRequests.OpenAsync(
            api.ClientFor(Roles.SocialWorker, "sw-team"),
            CaseRequests.Family("sw-team", "tm-elsewhere")
        );

        var manager = api.ClientFor(Roles.TeamManager, "tm-team");
        var stranger = api.ClientFor(Roles.TeamManager, "tm-unrelated");

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/cases/{opened.CaseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/cases/{opened.CaseId}")).StatusCode);
        var listed = await manager.GetFromJsonAsync<JsonElement>("/api/cases?pageSize=200");
        Assert.Contains(
            listed.GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == opened.CaseId
        );
    }
}

public class StaffCaseloadTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task The_directory_keeps_a_whole_caseload_and_refuses_a_negative_one()
    {
        var senior = api.ClientFor(Roles.SeniorManager, "sm-caseload");
        var details = new
        {
            displayName = "Kit Moss",
            roles = new[] { Roles.SocialWorker },
            isActive = true,
            totalCaseload = 24,
        };
        var added = await senior.PostAsJsonAsync("/api/staff", new { userId = "sw-caseload", details });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var staff = await senior.GetFromJsonAsync<JsonElement>("/api/staff");
        Assert.Equal(
            24,
            staff
                .EnumerateArray()
                .Single(s => s.GetProperty("userId").GetString() == "sw-caseload")
                .GetProperty("totalCaseload")
                .GetInt32()
        );

        var negative = await senior.PostAsJsonAsync(
            "/api/staff",
            new { userId = "sw-caseload-2", details = details with { totalCaseload = -1 } }
        );
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        var errors = (await negative.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(
            errors.TryGetProperty("details.totalCaseload", out _) || errors.TryGetProperty("totalCaseload", out _)
        );
    }
}
