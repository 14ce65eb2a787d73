using System.Net.Http.Json;
using System.Text.Json;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

/// <summary>Reasons are what inspectors ask for: every one typed is read back, whole, with who gave it and
/// when.</summary>
public class ReasonsTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private const string Panel = "Threshold met: repeated neglect despite a child protection plan.";
    private static readonly string Delay =
        "The parenting assessment was delayed because the assessor was ill for three weeks. " + new string('x', 300);
    private const string Extension =
        "The expert's report on Amy's development will not be ready before the decision point.";
    private const string ExitReason = "Sam has made and kept the changes asked of her; Amy is safe at home.";

    [Fact]
    public async Task Every_reason_is_read_back_with_who_and_when()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.OpenAsync(api);
        await journey.DecideAsync(
            new DateOnly(2026, 3, 2),
            "EnterPreProceedings",
            new { conditions = "Come back if Sam misses two meetings." }
        );
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero)); // the letter is overdue
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "delay-rationales",
                new
                {
                    reason = "AssessmentDelay",
                    narrative = Delay,
                    revisedDate = "2026-04-03",
                }
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Senior, "extensions", new { weeks = 4, rationale = Extension })
        );

        var onCase = await journey.GetAsync("");
        var rationales = await journey.GetAsync("delay-rationales");
        var extensions = await journey.GetAsync("extensions");
        var points = await journey.GetAsync("review-points");
        var overview = await journey.Senior.GetFromJsonAsync<JsonElement>(
            "/api/overview?socialWorker=user-1&pageSize=500"
        );
        var row = overview
            .GetProperty("rows")
            .EnumerateArray()
            .First(r => r.GetProperty("caseId").GetGuid() == journey.CaseId);

        var decision = onCase.GetProperty("decisions")[0];
        Assert.Equal(Panel, decision.GetProperty("rationale").GetString());
        Assert.Equal("Come back if Sam misses two meetings.", decision.GetProperty("conditions").GetString());
        Assert.Equal("Head of Service", decision.GetProperty("panel").GetProperty("chair").GetString());
        Assert.Equal(2, decision.GetProperty("panel").GetProperty("attendees").GetArrayLength());
        Assert.Equal("Panel 1", decision.GetProperty("recordedByName").GetString());

        var rationale = rationales[0];
        Assert.Equal(Delay, rationale.GetProperty("narrative").GetString());
        Assert.Equal("assessmentDelay", rationale.GetProperty("reason").GetString());
        Assert.Equal("Tm 1", rationale.GetProperty("recordedByName").GetString());
        Assert.True(rationale.GetProperty("isCurrent").GetBoolean());
        Assert.Equal(Extension, extensions[0].GetProperty("rationale").GetString());
        Assert.Equal("Sm 1", extensions[0].GetProperty("approvedByName").GetString());

        foreach (var current in new[] { points.GetProperty("currentRationale"), row.GetProperty("currentRationale") })
        {
            Assert.Equal("2026-04-03", current.GetProperty("revisedDate").GetString());
            Assert.Equal(200, current.GetProperty("narrative").GetString()!.Length);
            Assert.StartsWith(
                "The parenting assessment was delayed",
                current.GetProperty("narrative").GetString(),
                StringComparison.Ordinal
            );
            Assert.EndsWith("…", current.GetProperty("narrative").GetString(), StringComparison.Ordinal);
            Assert.Equal("Tm 1", current.GetProperty("recordedByName").GetString());
        }

        var exit = await journey.ChangeAsync(
            journey.Manager,
            "exit",
            new
            {
                outcome = "SteppedDownToChildInNeedPlan",
                on = "2026-03-20",
                reason = ExitReason,
            }
        );
        await JourneyDriver.ItemAsync(exit);
        var closed = (await journey.GetAsync("")).GetProperty("exit");
        var timeline = string.Join(
            '\n',
            (await journey.GetAsync("timeline")).EnumerateArray().Select(t => t.GetProperty("summary").GetString())
        );

        Assert.Equal(ExitReason, closed.GetProperty("reason").GetString());
        Assert.Equal("Tm 1", closed.GetProperty("recordedByName").GetString());
        Assert.Contains($"Reasons: {Panel}", timeline, StringComparison.Ordinal);
        Assert.Contains(Delay, timeline, StringComparison.Ordinal);
        Assert.Contains(Extension, timeline, StringComparison.Ordinal);
        Assert.Contains(
            $"Stepped down to a child in need plan. Reason: {ExitReason}",
            timeline,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("SteppedDown", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_panel_lists_its_meetings_and_each_decision_with_its_reasons()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.OpenAsync(api);
        await JourneyDriver.ItemAsync(await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings"));

        var meetings = await journey.Panel.GetFromJsonAsync<JsonElement>(
            "/api/gateway-meetings?from=2026-03-01&to=2026-03-31"
        );
        var theirs = new List<(JsonElement Summary, JsonElement Meeting)>();
        foreach (var summary in meetings.EnumerateArray())
        {
            theirs.Add(
                (
                    summary,
                    await journey.Panel.GetFromJsonAsync<JsonElement>(
                        $"/api/gateway-meetings/{summary.GetProperty("id").GetGuid()}"
                    )
                )
            );
        }

        var (found, meeting) = theirs.Single(m =>
            m.Meeting.GetProperty("agenda")
                .EnumerateArray()
                .Any(a => a.GetProperty("caseId").GetGuid() == journey.CaseId)
        );
        var item = meeting.GetProperty("agenda")[0];

        Assert.Equal(1, found.GetProperty("decided").GetInt32());
        Assert.Equal("Amy Example, Baby Example", item.GetProperty("children").GetString());
        Assert.Equal(Panel, item.GetProperty("decision").GetProperty("rationale").GetString());
        Assert.Equal("enterPreProceedings", item.GetProperty("decision").GetProperty("option").GetString());
    }
}
