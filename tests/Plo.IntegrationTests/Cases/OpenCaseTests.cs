using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Cases;

public class OpenCaseTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task Opens_a_case_and_reads_it_back()
    {
        var client = api.ClientFor(Roles.SocialWorker);

        var response = await client.PostAsJsonAsync("/api/cases", CaseRequests.Family());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^PLO-2026-\d{4}$", created.GetProperty("reference").GetString());
        Assert.Equal(
            $"/api/cases/{created.GetProperty("caseId").GetGuid()}",
            response.Headers.Location?.OriginalString
        );

        var read = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("open", read.GetProperty("status").GetString());
        Assert.Equal("2026-03-02T09:00:00Z", read.GetProperty("openedAt").GetString());
        Assert.Equal("user-1", read.GetProperty("openedBy").GetString());
        var children = read.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(
            "2022-05-01",
            children.Single(c => c.GetProperty("firstName").GetString() == "Amy").GetProperty("dateOfBirth").GetString()
        );
        var baby = children.Single(c => c.GetProperty("isUnborn").GetBoolean());
        Assert.Equal("2026-06-20", baby.GetProperty("expectedDueDate").GetString());
        var mother = read.GetProperty("familyMembers")
            .EnumerateArray()
            .Single(m => m.GetProperty("hasParentalResponsibility").GetBoolean());
        Assert.Equal("ZZ1 1AA", mother.GetProperty("address").GetProperty("postcode").GetString());
        Assert.True(mother.GetProperty("interpreterNeeded").GetBoolean());
        Assert.Equal("Pat Law", mother.GetProperty("solicitor").GetProperty("name").GetString());
        Assert.Equal("la-1", read.GetProperty("allocation").GetProperty("legalAdviserId").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_stores_nothing()
    {
        var before = await api.InDatabaseAsync(db => db.Cases.CountAsync());
        var bad = CaseRequests.Family() with
        {
            Children = [new("", "Example", new DateOnly(2030, 1, 1), null)],
            SocialWorkerId = "",
        };

        var response = await api.ClientFor(Roles.TeamManager).PostAsJsonAsync("/api/cases", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equivalent(new[] { "children[0].firstName", "children[0].dateOfBirth", "socialWorkerId" }, fields);
        Assert.Equal(before, await api.InDatabaseAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Malformed_json_names_the_field()
    {
        using var body = new StringContent(
            """{"children":[{"firstName":"Amy","lastName":"X","dateOfBirth":"31/12/2020"}]}""",
            System.Text.Encoding.UTF8,
            "application/json"
        );

        var response = await api.ClientFor(Roles.SocialWorker).PostAsync("/api/cases", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("children[0].dateOfBirth", out _));
    }

    [Fact]
    public async Task Refuses_a_request_without_a_token()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/cases", CaseRequests.Family());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.LegalAdviser)]
    [InlineData(Roles.GatewayPanel)]
    [InlineData(Roles.SeniorManager)]
    public async Task Only_social_workers_and_team_managers_open_cases(string role)
    {
        var before = await api.InDatabaseAsync(db => db.Cases.CountAsync());

        var response = await api.ClientFor(role).PostAsJsonAsync("/api/cases", CaseRequests.Family());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await api.InDatabaseAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Concurrent_opens_get_distinct_sequential_references()
    {
        var client = api.ClientFor(Roles.SocialWorker);

        var opened = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => CaseRequests.OpenAsync(client)));

        var numbers = opened
            .Select(o => int.Parse(o.Reference[^4..], System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], numbers.Count), numbers);
    }

    [Fact]
    public async Task Writes_an_audit_record_with_the_case()
    {
        var opened = await CaseRequests.OpenAsync(
            api.ClientFor([Roles.SocialWorker, Roles.TeamManager], "auditor-test")
        );

        var audit = await api.InDatabaseAsync(db => db.AuditRecords.SingleAsync(a => a.CaseId == opened.CaseId));

        Assert.Equal("auditor-test", audit.UserId);
        Assert.Equal("OpenCaseCommand", audit.Action);
        Assert.Equal("SocialWorker,TeamManager", audit.Roles);
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime, audit.At);
    }
}
