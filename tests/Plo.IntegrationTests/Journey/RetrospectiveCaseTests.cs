using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

public class RetrospectiveCaseTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private void WithStaff()
    {
        api.ClientFor(Roles.SocialWorker, "user-1");
        api.ClientFor(Roles.LegalAdviser, "la-1");
    }

    private static object Body(string letterSentOn = "2026-01-09") =>
        new
        {
            @case = CaseRequests.Family(),
            history = new
            {
                panelDecidedOn = "2026-01-05",
                panelRationale = "Neglect despite a child protection plan.",
                letterSentOn,
                initialMeetingOn = "2026-01-20",
                formerReference = $"XL-{Guid.NewGuid():N}",
            },
        };

    [Fact]
    public async Task A_family_entered_with_its_history_is_red_on_day_one_because_its_review_date_passed()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));
        WithStaff();
        var manager = api.ClientFor(Roles.TeamManager, "tm-1");
        var response = await manager.PostAsJsonAsync("/api/cases/retrospective", Body());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var caseId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();

        var onCase = await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        Assert.True(onCase.GetProperty("migrated").GetBoolean());
        var overview = await api.ClientFor(Roles.SeniorManager)
            .GetFromJsonAsync<JsonElement>("/api/overview?pageSize=500");
        var row = overview.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal("red", row.GetProperty("rag").GetString());
        Assert.Equal("review", row.GetProperty("nextReviewPoint").GetString());
        Assert.Equal(15, row.GetProperty("weeksInPreProceedings").GetInt32());

        var timeline = (await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/timeline"))
            .EnumerateArray()
            .ToList();
        var letter = timeline.Single(t => t.GetProperty("kind").GetString() == "letter-sent");
        Assert.Equal("2026-01-09", letter.GetProperty("occurredOn").GetString());
        Assert.StartsWith("2026-04-20", letter.GetProperty("at").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_dates_are_checked_against_each_other_not_against_today()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));
        WithStaff();
        var response = await api.ClientFor(Roles.TeamManager, "tm-1")
            .PostAsJsonAsync("/api/cases/retrospective", Body(letterSentOn: "2026-01-02"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(
            "before the panel's decision",
            problem.GetProperty("errors").GetProperty("letterSentOn")[0].GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await api.ClientFor(Roles.SocialWorker, "user-1").PostAsJsonAsync("/api/cases/retrospective", Body())
            ).StatusCode
        );
    }
}
