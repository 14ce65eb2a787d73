using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Letters;

public class LettersApiTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private static object Plan(string concern) =>
        new
        {
            concerns = new[] { new { description = concern, occurredOn = "2026-02-14" } },
            changes = new[]
            {
                new
                {
                    what = "Make sure an adult is always at home with Amy.",
                    who = "Sam",
                    byWhen = "2026-04-30",
                },
            },
            support = new[]
            {
                new
                {
                    service = "A family support worker will visit you",
                    who = "Early help team",
                    when = "every Tuesday morning",
                },
            },
            contingencyPlan = "If Amy is still not safe, we will ask the family court to decide where she lives.",
        };

    /// <summary>A family in pre-proceedings with a plan and an initial meeting booked, and its letters
    /// drafted.</summary>
    private async Task<(JourneyDriver Journey, JsonElement Letter)> DraftedAsync(
        string concern = "Amy was alone at home all night."
    )
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "plan", Plan(concern), HttpMethod.Put));
        await journey.ScheduleMeetingAsync(
            journey.Worker,
            "Initial",
            "2026-03-12",
            "10:00",
            "Riverside Family Centre, 4 River Road"
        );

        var response = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var drafts = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (journey, Assert.Single(drafts.EnumerateArray()));
    }

    private static async Task<HttpResponseMessage> ActAsync(
        HttpClient client,
        JsonElement letter,
        string action,
        object? extra = null
    )
    {
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/letters/{letter.GetProperty("id").GetGuid()}"))
            .GetProperty("version")
            .GetInt32();
        var body = new Dictionary<string, object?> { ["version"] = version };
        if (extra is not null)
        {
            foreach (var p in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                body[p.Name] = p.Value;
            }
        }

        return await client.PostAsJsonAsync($"/api/letters/{letter.GetProperty("id").GetGuid()}/{action}", body);
    }

    [Fact]
    public async Task Drafts_one_letter_per_person_with_parental_responsibility_with_its_report()
    {
        var (journey, summary) = await DraftedAsync();

        Assert.Equal("Sam Example", summary.GetProperty("recipientName").GetString());
        Assert.True(summary.GetProperty("interpreterNeeded").GetBoolean());
        Assert.Equal("Polish", summary.GetProperty("preferredLanguage").GetString());
        var report = (
            await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/letters/{summary.GetProperty("id").GetGuid()}")
        ).GetProperty("report");
        Assert.True(summary.GetProperty("errors").GetInt32() == 0, report.GetProperty("findings").ToString());
        var letter = await journey.Worker.GetFromJsonAsync<JsonElement>(
            $"/api/letters/{summary.GetProperty("id").GetGuid()}"
        );
        Assert.Equal("draft", letter.GetProperty("status").GetString());
        Assert.Contains(
            "Thursday 12 March 2026 at 10am",
            letter.GetProperty("html").GetString(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "We will book an interpreter who speaks Polish for every meeting and court hearing.",
            letter.GetProperty("text").GetString(),
            StringComparison.Ordinal
        );
        Assert.True(
            letter.GetProperty("report").GetProperty("metrics").GetProperty("fleschKincaidGrade").GetDouble() <= 6
        );
        Assert.Matches("^[0-9a-f]{16}$", letter.GetProperty("templateVersion").GetString());
    }

    [Fact]
    public async Task Approve_then_issue_freezes_the_letter_and_meets_the_letter_sent_date()
    {
        var (journey, summary) = await DraftedAsync();
        var manager = journey.Manager;

        // not approved yet
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ActAsync(manager, summary, "issue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(manager, summary, "approve")).StatusCode);
        Assert.Equal(
            HttpStatusCode.OK,
            (
                await ActAsync(
                    manager,
                    summary,
                    "issue",
                    new { translationRequested = true, translationAttached = true }
                )
            ).StatusCode
        );

        var letter = await manager.GetFromJsonAsync<JsonElement>($"/api/letters/{summary.GetProperty("id").GetGuid()}");
        Assert.Equal("issued", letter.GetProperty("status").GetString());
        Assert.True(letter.GetProperty("translationRequested").GetBoolean());
        Assert.True(letter.GetProperty("translationAttached").GetBoolean());
        Assert.Equal("tm-1", letter.GetProperty("issuedBy").GetString());
        var points = await journey.GetAsync("review-points");
        Assert.Equal("met", points.GetProperty("points")[0].GetProperty("status").GetString());
        Assert.Equal("2026-03-02", points.GetProperty("points")[0].GetProperty("metOn").GetString());
        Assert.Contains(
            (await journey.GetAsync("timeline")).EnumerateArray(),
            t => t.GetProperty("kind").GetString() == "letter-issued"
        );

        Assert.Equal(
            HttpStatusCode.UnprocessableEntity,
            (await ActAsync(journey.Worker, summary, "regenerate")).StatusCode
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ActAsync(manager, summary, "approve")).StatusCode);
        var caseVersion = (await journey.GetAsync("plan")).GetProperty("version").GetInt32();
        var replan = new JourneyDriver(api, journey.CaseId, caseVersion);
        await JourneyDriver.ItemAsync(
            await replan.ChangeAsync(replan.Worker, "plan", Plan("A different worry, written later."), HttpMethod.Put)
        );
        var after = await manager.GetFromJsonAsync<JsonElement>($"/api/letters/{summary.GetProperty("id").GetGuid()}");
        Assert.Equal(letter.GetProperty("html").GetString(), after.GetProperty("html").GetString());
        Assert.Equal(letter.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Errors_need_acknowledging_to_approve_and_a_categorised_override_to_issue()
    {
        const string Reason = "The court asked for this wording; the solicitor will explain it.";
        var (journey, summary) = await DraftedAsync("The LA found Amy was LAC under s.20 and the threshold is met.");
        Assert.True(summary.GetProperty("errors").GetInt32() > 0);
        var unacknowledged = await ActAsync(journey.Manager, summary, "approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unacknowledged.StatusCode);
        Assert.Contains(
            "acknowledgeErrors",
            await unacknowledged.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await ActAsync(journey.Manager, summary, "approve", new { acknowledgeErrors = true })).StatusCode
        );

        var blocked = await ActAsync(journey.Senior, summary, "issue");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Assert.Contains("plain-language error", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noCategory = await ActAsync(journey.Senior, summary, "issue", new { overrideReason = Reason });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCategory.StatusCode);
        var tooShort = await ActAsync(
            journey.Senior,
            summary,
            "issue",
            new { overrideCategory = "CourtTimetable", overrideReason = "The court wants it." }
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);

        var overridden = await ActAsync(
            journey.Senior,
            summary,
            "issue",
            new { overrideCategory = "CourtTimetable", overrideReason = Reason }
        );
        // Sam needs a Polish interpreter: an English-only letter needs a reason of its own.
        Assert.Equal(HttpStatusCode.BadRequest, overridden.StatusCode);
        Assert.Contains("englishOnlyReason", await overridden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        overridden = await ActAsync(
            journey.Senior,
            summary,
            "issue",
            new
            {
                overrideCategory = "CourtTimetable",
                overrideReason = Reason,
                translationRequested = true,
                englishOnlyReason = "The Polish copy is booked and will follow on Wednesday.",
            }
        );
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var letter = await journey.Senior.GetFromJsonAsync<JsonElement>(
            $"/api/letters/{summary.GetProperty("id").GetGuid()}"
        );
        Assert.Equal(Reason, letter.GetProperty("overrideReason").GetString());
        Assert.Equal("courtTimetable", letter.GetProperty("overrideCategory").GetString());
        Assert.Equal(summary.GetProperty("errors").GetInt32(), letter.GetProperty("errorsAcknowledged").GetInt32());
        var timeline = string.Join(
            '\n',
            (await journey.GetAsync("timeline")).EnumerateArray().Select(t => t.GetProperty("summary").GetString())
        );
        Assert.Contains($"Override: court timetable. Reason: {Reason}", timeline, StringComparison.Ordinal);
        Assert.Contains(
            "Sent in English only, although a translated copy was asked for. Reason: The Polish copy is booked",
            timeline,
            StringComparison.Ordinal
        );
        Assert.False(letter.GetProperty("translationAttached").GetBoolean());
        Assert.Equal(
            "The Polish copy is booked and will follow on Wednesday.",
            letter.GetProperty("englishOnlyReason").GetString()
        );
        Assert.Contains("read and accepted by the approver", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_regenerated_after_the_plan_changes()
    {
        var (journey, summary) = await DraftedAsync();
        var caseVersion = (await journey.GetAsync("plan")).GetProperty("version").GetInt32();
        var replan = new JourneyDriver(api, journey.CaseId, caseVersion);
        await JourneyDriver.ItemAsync(
            await replan.ChangeAsync(replan.Worker, "plan", Plan("Amy missed school for two weeks."), HttpMethod.Put)
        );

        Assert.Equal(HttpStatusCode.OK, (await ActAsync(journey.Worker, summary, "regenerate")).StatusCode);

        var letter = await journey.Worker.GetFromJsonAsync<JsonElement>(
            $"/api/letters/{summary.GetProperty("id").GetGuid()}"
        );
        Assert.Contains(
            "Amy missed school for two weeks.",
            letter.GetProperty("html").GetString(),
            StringComparison.Ordinal
        );
        Assert.Single(
            (
                await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}/letters")
            ).EnumerateArray()
        );
    }

    [Fact]
    public async Task Print_and_word_renditions_hold_the_same_letter()
    {
        var (journey, summary) = await DraftedAsync();
        var id = summary.GetProperty("id").GetGuid();
        var letter = await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/letters/{id}");

        var print = await journey.Worker.GetAsync($"/api/letters/{id}/html");
        Assert.Equal("text/html", print.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "default-src 'none'",
            print.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal
        );
        Assert.Contains("@page { size: A4", await print.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var docx = await journey.Worker.GetByteArrayAsync($"/api/letters/{id}/docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = document
            .MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(ParagraphText)
            .ToList();
        Assert.Equal(letter.GetProperty("text").GetString()!.Split("\n\n"), paragraphs);
        var styles = document
            .MainDocumentPart.Document.Body.Elements<Paragraph>()
            .Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .ToList();
        Assert.Contains("Heading2", styles);
        Assert.Contains("ListBullet", styles);
    }

    private static string ParagraphText(Paragraph p) =>
        string.Concat(
            p.Descendants()
                .Select(e =>
                    e switch
                    {
                        Text t => t.Text,
                        Break => "\n",
                        _ => "",
                    }
                )
        );

    [Theory]
    [InlineData(Roles.LegalAdviser, "generate")]
    [InlineData(Roles.SeniorManager, "generate")]
    [InlineData(Roles.GatewayPanel, "generate")]
    [InlineData(Roles.SocialWorker, "approve")]
    [InlineData(Roles.SeniorManager, "approve")]
    [InlineData(Roles.SocialWorker, "issue")]
    [InlineData(Roles.LegalAdviser, "issue")]
    public async Task Role_rules_for_generating_approving_and_issuing(string role, string action)
    {
        var (journey, summary) = await DraftedAsync();
        var client = api.ClientFor(role, "user-1");

        var response =
            action == "generate"
                ? await client.PostAsJsonAsync(
                    $"/api/cases/{journey.CaseId}/letters",
                    new { kind = "LetterBeforeProceedings" }
                )
                : await ActAsync(client, summary, action);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_letter_version_is_a_conflict()
    {
        var (journey, summary) = await DraftedAsync();
        var id = summary.GetProperty("id").GetGuid();

        var response = await journey.Manager.PostAsJsonAsync($"/api/letters/{id}/approve", new { version = 99 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Nobody_approves_or_issues_a_letter_they_drafted_whatever_roles_they_hold()
    {
        // tm-1 manages the case and is also a social worker: as drafter they may not be their own checker.
        var (journey, _) = await DraftedAsync();
        var both = api.ClientFor([Roles.SocialWorker, Roles.TeamManager, Roles.SeniorManager], "tm-1");
        var drafted = await both.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        var letter = Assert.Single((await drafted.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());

        var approve = await ActAsync(both, letter, "approve");
        var problem = await approve.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, approve.StatusCode);
        Assert.Contains(
            "someone else must approve",
            problem.GetProperty("detail").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Whoever_last_drafted_a_letter_may_not_approve_or_issue_it()
    {
        var (journey, letter) = await DraftedAsync();
        var manager = journey.Manager;
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(manager, letter, "regenerate")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ActAsync(manager, letter, "approve")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ActAsync(journey.Worker, letter, "regenerate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(manager, letter, "approve")).StatusCode);
        var drafterPromoted = api.ClientFor([Roles.SocialWorker, Roles.SeniorManager], "user-1");
        var translated = new { translationAttached = true };
        Assert.Equal(
            HttpStatusCode.UnprocessableEntity,
            (await ActAsync(drafterPromoted, letter, "issue", translated)).StatusCode
        );
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(journey.Senior, letter, "issue", translated)).StatusCode);
    }
}
