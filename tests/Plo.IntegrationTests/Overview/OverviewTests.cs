using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Overview;

/// <summary>The API counting its queries; with the overview cache off unless a subclass asks for it, so that tests
/// of the overview's queries see them run.</summary>
public class OverviewApiFactory : CountingApiFactory
{
    public OverviewApiFactory()
        : this(cached: false) { }

    protected OverviewApiFactory(bool cached)
        : base(cached) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The timescale rules are tested alone here; supervision's part in the RAG is tested in OversightApiTests.
        builder.UseSetting("Overview:AmberWhenSupervisionOverdue", "false");
        builder.UseSetting("Overview:RedWhenSupervisionOverdueDays", "0");
    }
}

public class OverviewTests(OverviewApiFactory api) : IClassFixture<OverviewApiFactory>
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private void At(int year, int month, int day) =>
        api.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A family (two children) entered on 2 March 2026, managed by its own team manager so tests do not see
    /// each other's rows.</summary>
    private async Task<(JourneyDriver Journey, string TeamManager)> FamilyAsync(
        string socialWorker = "user-1",
        string? firstChild = null
    )
    {
        At(2026, 3, 2);
        var teamManager = $"tm-{Guid.NewGuid():N}";
        var command = CaseRequests.Family(socialWorker, teamManager);
        if (firstChild is not null)
        {
            command = command with
            {
                Children = [command.Children[0] with { FirstName = firstChild }, command.Children[1]],
            };
        }

        var opened = await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, socialWorker), command);
        var journey = new JourneyDriver(api, opened.CaseId, 1);
        await journey.DecideAsync(Start, "EnterPreProceedings");
        return (journey, teamManager);
    }

    private async Task<JsonElement> OverviewAsync(
        string query,
        string role = Roles.SeniorManager,
        string user = "sm-1"
    ) => await api.ClientFor(role, user).GetFromJsonAsync<JsonElement>($"/api/overview?{query}");

    private async Task<JsonElement> RowAsync(string teamManager, int childIndex = 0) =>
        (await OverviewAsync($"teamManager={teamManager}&sort=weeks")).GetProperty("rows")[childIndex];

    [Fact]
    public async Task A_new_family_is_amber_while_the_letter_is_due_then_red_when_overdue_without_rationale()
    {
        var (journey, tm) = await FamilyAsync();

        var row = await RowAsync(tm);
        Assert.Equal("awaitingLetter", row.GetProperty("stage").GetString());
        Assert.Equal(0, row.GetProperty("weeksInPreProceedings").GetInt32());
        Assert.Equal("letterSent", row.GetProperty("nextReviewPoint").GetString());
        Assert.Equal("2026-03-09", row.GetProperty("nextReviewDue").GetString());
        Assert.Equal("2026-06-22", row.GetProperty("expectedEndDate").GetString());
        Assert.Equal("amber", row.GetProperty("rag").GetString()); // due within 5 working days
        Assert.Equal("enterPreProceedings", row.GetProperty("lastGatewayDecision").GetString());
        Assert.Equal("2026-03-02", row.GetProperty("lastGatewayDecisionOn").GetString());

        At(2026, 3, 12);
        row = await RowAsync(tm);
        Assert.Equal(3, row.GetProperty("daysOverdue").GetInt32());
        Assert.Equal("missing", row.GetProperty("rationaleStatus").GetString());
        Assert.Equal("red", row.GetProperty("rag").GetString());

        await journey.RecordDelayRationaleAsync("ParentEngagement", "Sam is in hospital this week.", "2026-03-20");
        row = await RowAsync(tm);
        Assert.Equal("recorded", row.GetProperty("rationaleStatus").GetString());
        Assert.Equal("amber", row.GetProperty("rag").GetString());

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "letter-sent", new { sentOn = "2026-03-12" })
        );
        row = await RowAsync(tm);
        Assert.Equal("letterSent", row.GetProperty("stage").GetString());
        Assert.Equal("initialMeeting", row.GetProperty("nextReviewPoint").GetString());
        Assert.Equal("2026-03-26", row.GetProperty("nextReviewDue").GetString());
        Assert.Equal("2026-03-12", row.GetProperty("letterBeforeProceedingsSentOn").GetString());
        Assert.Equal("green", row.GetProperty("rag").GetString());
        Assert.Equal("notNeeded", row.GetProperty("rationaleStatus").GetString());
    }

    [Fact]
    public async Task Past_the_expected_end_without_an_extension_is_red_until_one_is_approved()
    {
        var (journey, tm) = await FamilyAsync();
        At(2026, 6, 25);
        await journey.RecordDelayRationaleAsync("AssessmentDelay", "The parenting assessment is late.", "2026-07-31");

        var row = await RowAsync(tm);
        Assert.Equal(16, row.GetProperty("weeksInPreProceedings").GetInt32());
        Assert.Equal("red", row.GetProperty("rag").GetString());

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Senior, "extensions", new { weeks = 4, rationale = "Assessment late." })
        );
        row = await RowAsync(tm);
        Assert.Equal(1, row.GetProperty("extensionCount").GetInt32());
        Assert.Equal("2026-07-20", row.GetProperty("expectedEndDate").GetString());
        Assert.Equal("amber", row.GetProperty("rag").GetString()); // still overdue (the letter), but with a rationale
    }

    [Fact]
    public async Task Filters_sorting_and_paging()
    {
        var (first, tm) = await FamilyAsync("user-1");
        var page = await OverviewAsync($"teamManager={tm}&pageSize=1&page=2&sort=weeks");

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32()); // two children
        Assert.Single(page.GetProperty("rows").EnumerateArray());
        Assert.Equal(1, (await OverviewAsync($"teamManager={tm}&unborn=false")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await OverviewAsync($"teamManager={tm}&unborn=true")).GetProperty("totalCount").GetInt32());
        Assert.Equal(
            2,
            (await OverviewAsync($"teamManager={tm}&stage=AwaitingLetter")).GetProperty("totalCount").GetInt32()
        );
        Assert.Equal(0, (await OverviewAsync($"teamManager={tm}&stage=InReview")).GetProperty("totalCount").GetInt32());
        Assert.Equal(
            2,
            (await OverviewAsync($"teamManager={tm}&rag=Amber&overdue=false")).GetProperty("totalCount").GetInt32()
        );
        Assert.Equal(0, (await OverviewAsync($"teamManager={tm}&rag=Red")).GetProperty("totalCount").GetInt32());
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await api.ClientFor(Roles.SeniorManager).GetAsync("/api/overview?pageSize=10000")).StatusCode
        );
        var badRag = await api.ClientFor(Roles.SeniorManager).GetAsync("/api/overview?rag=purple");
        Assert.Equal(HttpStatusCode.BadRequest, badRag.StatusCode);
        Assert.True(
            (await badRag.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("rag", out _)
        );
        _ = first;
    }

    [Fact]
    public async Task Who_sees_what()
    {
        var (mine, tm) = await FamilyAsync("sw-own");
        var (_, otherTm) = await FamilyAsync("sw-other");

        var worker = await OverviewAsync("pageSize=500", Roles.SocialWorker, "sw-own");
        Assert.All(
            worker.GetProperty("rows").EnumerateArray(),
            r => Assert.Equal("sw-own", r.GetProperty("socialWorkerId").GetString())
        );
        Assert.Contains(
            worker.GetProperty("rows").EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == mine.CaseId
        );

        var manager = await OverviewAsync("pageSize=500", Roles.TeamManager, otherTm);
        Assert.All(
            manager.GetProperty("rows").EnumerateArray(),
            r => Assert.Equal(otherTm, r.GetProperty("teamManagerId").GetString())
        );
        Assert.Equal(2, manager.GetProperty("totalCount").GetInt32());

        foreach (var role in new[] { Roles.SeniorManager, Roles.GatewayPanel, Roles.LegalAdviser })
        {
            var all = await OverviewAsync($"teamManager={tm}", role, "anyone");
            Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task Csv_opens_cleanly_in_excel()
    {
        var (_, tm) = await FamilyAsync(firstChild: "=HYPERLINK(\"x\")");
        var client = api.ClientFor(Roles.SeniorManager);

        var response = await client.GetAsync($"/api/overview.csv?teamManager={tm}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var viaAccept = new HttpRequestMessage(HttpMethod.Get, $"/api/overview?teamManager={tm}");
        viaAccept.Headers.Accept.ParseAdd("text/csv");
        var accepted = await client.SendAsync(viaAccept);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header + two children
        Assert.StartsWith("case_id,reference,child_name,age,stage,start_date,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",2026-03-02,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\") Example\"", string.Join('\n', lines), StringComparison.Ordinal);
        Assert.Equal("text/csv", accepted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await accepted.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Csv_quotes_semicolons_so_a_european_spreadsheet_does_not_split_or_run_a_value()
    {
        var (_, tm) = await FamilyAsync(firstChild: "Amy;=1+1");

        var csv = await api.ClientFor(Roles.SeniorManager).GetStringAsync($"/api/overview.csv?teamManager={tm}");

        Assert.Contains(",\"Amy;=1+1 Example\",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_counts_children_families_stages_and_rag()
    {
        await FamilyAsync();

        var summary = (await OverviewAsync("pageSize=1")).GetProperty("summary");

        Assert.True(summary.GetProperty("activeChildren").GetInt32() >= 2);
        Assert.Equal(
            summary.GetProperty("activeChildren").GetInt32(),
            summary.GetProperty("byRag").EnumerateObject().Sum(p => p.Value.GetInt32())
        );
        Assert.True(
            summary.GetProperty("activeFamilies").GetInt32() * 2
                <= summary.GetProperty("activeChildren").GetInt32() + summary.GetProperty("activeFamilies").GetInt32()
        );
        Assert.True(summary.GetProperty("byStage").TryGetProperty("awaitingLetter", out _));
    }

    [Fact]
    public async Task The_number_of_database_commands_does_not_grow_with_the_rows()
    {
        await FamilyAsync();
        var client = api.ClientFor(Roles.SeniorManager);
        await client.GetAsync("/api/overview?pageSize=500");
        api.Commands.Reset();
        await client.GetAsync("/api/overview?pageSize=500");
        var few = api.Commands.Count;

        for (var i = 0; i < 5; i++)
        {
            await FamilyAsync();
        }

        api.Commands.Reset();
        var many = await client.GetFromJsonAsync<JsonElement>("/api/overview?pageSize=500");

        Assert.True(many.GetProperty("rows").GetArrayLength() >= 12);
        Assert.Equal(few, api.Commands.Count);
        // summary facts (which give this unfiltered page its order), staff in the caseloads, frequent changes of
        // worker, exits, key dates met, the page's rows, their rationales, staff check
        Assert.InRange(few, 1, 8);
    }
}
