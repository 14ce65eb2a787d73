using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.Infrastructure.Letters;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Web;

/// <summary>The social worker's and team manager's everyday forms: opening a case, correcting the record, checking
/// any text. Each refuses what the API refuses, with the API's messages, and stores nothing when it refuses.</summary>
public class CaseworkPageTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task A_case_opened_from_the_form_is_refused_with_the_apis_messages_and_then_opened()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        api.Directory.Register("tm-1", [Roles.TeamManager]);
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);
        var before = await CountCasesAsync();
        var fields = new Dictionary<string, string>
        {
            ["children[0].firstName"] = "Rowan",
            ["children[0].lastName"] = "Formfamily",
            ["children[0].dateOfBirth.day"] = "31",
            ["children[0].dateOfBirth.month"] = "2",
            ["children[0].dateOfBirth.year"] = "2020",
            ["familyMembers[0].firstName"] = "Jess",
            ["familyMembers[0].lastName"] = "Formfamily",
            ["familyMembers[0].relationship"] = "Mother",
            ["socialWorkerId"] = "user-1",
            ["teamManagerId"] = "tm-1",
        };

        var refused = await PageSession.PostFormAsync(worker, "/cases/new", fields);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("must be a real date", page, StringComparison.Ordinal);
        Assert.Contains(
            "At least one family member must have parental responsibility.",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains("value=\"Formfamily\"", page, StringComparison.Ordinal); // kept as typed
        Assert.Equal(before, await CountCasesAsync());

        fields["children[0].dateOfBirth.day"] = "28";
        fields["familyMembers[0].hasParentalResponsibility"] = "true";
        fields["familyMembers[0].address.line1"] = "3 Form Street";
        fields["familyMembers[0].address.town"] = "Exampletown";
        fields["familyMembers[0].address.postcode"] = "zz3 3aa";
        fields["familyMembers[0].preferredLanguage"] = "Romanian";
        fields["familyMembers[0].interpreterNeeded"] = "true";
        var opened = await PageSession.PostFormAsync(worker, "/cases/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var location = opened.Headers.Location!.ToString();
        Assert.Matches("^/cases/PLO-\\d{4}-\\d{4}\\?opened=true$", location);
        var summary = WebUtility.HtmlDecode(await worker.GetStringAsync(location));
        Assert.Contains("Romanian – needs an interpreter", summary, StringComparison.Ordinal);
        Assert.Contains("3 Form Street, Exampletown, ZZ3 3AA", summary, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountCasesAsync());
    }

    [Fact]
    public async Task Someone_who_may_not_open_a_case_gets_the_forbidden_page_for_the_form()
    {
        var panel = await PageSession.SignInAsync(api, "panel-1", Roles.GatewayPanel);

        var response = await panel.GetAsync("/cases/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_persons_details_are_corrected_from_the_summary_and_ending_their_involvement_needs_a_reason()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.OpenAsync(api);
        var caseJson = await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}");
        var reference = caseJson.GetProperty("reference").GetString();
        var lee = caseJson
            .GetProperty("familyMembers")
            .EnumerateArray()
            .Single(m => m.GetProperty("firstName").GetString() == "Lee")
            .GetProperty("id")
            .GetGuid();
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);
        Assert.Contains(
            $"/cases/{reference}/people/{lee}",
            await worker.GetStringAsync($"/cases/{reference}"),
            StringComparison.Ordinal
        );

        var changed = await PageSession.PostFormAsync(
            worker,
            $"/cases/{reference}/people/{lee}",
            new()
            {
                ["address.line1"] = "9 New Road",
                ["address.town"] = "Exampletown",
                ["address.postcode"] = "zz9 9zz",
                ["solicitor.name"] = "Kim Advocate",
            }
        );
        var noReason = await PageSession.PostFormAsync(
            worker,
            $"/cases/{reference}/people/{lee}/end",
            new()
            {
                ["endedOn.day"] = "2",
                ["endedOn.month"] = "3",
                ["endedOn.year"] = "2026",
            }
        );

        Assert.True(
            changed.StatusCode == HttpStatusCode.Redirect,
            WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync())
        );
        var after = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("familyMembers")
            .EnumerateArray()
            .Single(m => m.GetProperty("id").GetGuid() == lee);
        Assert.Equal("9 New Road", after.GetProperty("address").GetProperty("line1").GetString());
        Assert.Equal("Kim Advocate", after.GetProperty("solicitor").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("govuk-error-summary", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("involvementEndedOn").ValueKind);
    }

    [Fact]
    public async Task A_team_manager_reallocates_from_the_allocation_page_with_a_reason_and_a_worker_cannot()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.OpenAsync(api);
        var reference = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("reference")
            .GetString();
        api.Directory.Register("user-2", [Roles.SocialWorker]);
        var manager = await PageSession.SignInAsync(api, "tm-1", Roles.TeamManager);
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);

        Assert.DoesNotContain(
            "Change the social worker",
            await worker.GetStringAsync($"/cases/{reference}/allocation"),
            StringComparison.Ordinal
        );
        var moved = await PageSession.PostFormAsync(
            manager,
            $"/cases/{reference}/allocation",
            new() { ["userId"] = "user-2", ["reason"] = "Jordan's caseload is over the team's limit." }
        );

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var history = await manager.GetStringAsync($"/cases/{reference}/allocation");
        Assert.Contains("Jordan&#x27;s caseload is over the team&#x27;s limit.", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_text_is_checked_pasted_or_uploaded_as_text_or_word_and_other_files_are_refused()
    {
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);
        const string Letter =
            "Dear Sam,\n\nWe are writing to inform you that the local authority has commenced proceedings "
            + "notwithstanding your engagement.\n\nYours sincerely";
        var docx = new DocxLetterWriter().ToDocx(
            $"<p>{Letter.Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p>"
        );

        var pasted = await PostCheckAsync(worker, Letter, null, null);
        var text = await PostCheckAsync(worker, null, "letter.txt", Encoding.UTF8.GetBytes(Letter));
        var word = await PostCheckAsync(worker, null, "letter.docx", docx);
        var pdf = await PostCheckAsync(worker, null, "letter.pdf", [1, 2, 3]);
        var fakeWord = await PostCheckAsync(worker, null, "letter.docx", [1, 2, 3]);

        foreach (var report in new[] { pasted, text, word })
        {
            Assert.Contains("Plain-language report", report, StringComparison.Ordinal);
            Assert.Contains("notwithstanding", report, StringComparison.Ordinal);
            Assert.Contains("id=\"mark-1\"", report, StringComparison.Ordinal);
        }

        Assert.Contains("Upload a .txt or .docx file", pdf, StringComparison.Ordinal);
        Assert.Contains("not a Word document", fakeWord, StringComparison.Ordinal);
        Assert.DoesNotContain("Plain-language report", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_manager_corrects_a_meeting_outcome_from_the_meetings_page_and_a_worker_cannot()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "plan", Plans.WithContingency, HttpMethod.Put)
        );
        var meeting = await journey.ScheduleMeetingAsync(journey.Worker, "Initial", "2026-03-02", "10:00", "Hub");
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{meeting}/outcome",
                new
                {
                    heldOn = "2026-03-02",
                    attendees = "Sam",
                    parentsSolicitorsPresent = false,
                    progress = "Some",
                    decision = "Continue",
                }
            )
        );
        var reference = await ReferenceAsync(journey);
        var manager = await PageSession.SignInAsync(api, "tm-1", Roles.TeamManager);
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);
        var path = $"/cases/{reference}/meetings/{meeting}";

        Assert.Contains(
            "Correct the outcome",
            await manager.GetStringAsync($"/cases/{reference}/meetings"),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Save the correction", await worker.GetStringAsync(path), StringComparison.Ordinal);
        var noReason = await PageSession.PostFormAsync(
            manager,
            path + "/correct",
            new() { ["attendees"] = "Sam, Lee" }
        );
        var corrected = await PageSession.PostFormAsync(
            manager,
            path + "/correct",
            new()
            {
                ["heldOn.day"] = "2",
                ["heldOn.month"] = "3",
                ["heldOn.year"] = "2026",
                ["attendees"] = "Sam, Lee and their solicitor",
                ["parentsSolicitorsPresent"] = "true",
                ["progress"] = "Some",
                ["decision"] = "Continue",
                ["reason"] = "Lee came too; the note missed him.",
            }
        );

        Assert.Contains("govuk-error-summary", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var held = (await journey.GetAsync("meetings"))
            .GetProperty("meetings")
            .EnumerateArray()
            .Single(m => m.GetProperty("id").GetGuid() == meeting);
        Assert.Equal("Sam, Lee and their solicitor", held.GetProperty("outcome").GetProperty("attendees").GetString());
    }

    [Fact]
    public async Task A_child_is_added_and_a_date_of_birth_corrected_from_the_summary()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.OpenAsync(api);
        var reference = await ReferenceAsync(journey);
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);

        var added = await PageSession.PostFormAsync(
            worker,
            $"/cases/{reference}/children/new",
            new()
            {
                ["child.firstName"] = "Noor",
                ["child.lastName"] = "Example",
                ["child.dateOfBirth.day"] = "3",
                ["child.dateOfBirth.month"] = "1",
                ["child.dateOfBirth.year"] = "2024",
                ["joinedOn.day"] = "2",
                ["joinedOn.month"] = "3",
                ["joinedOn.year"] = "2026",
            }
        );
        var noor = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("children")
            .EnumerateArray()
            .Single(c => c.GetProperty("firstName").GetString() == "Noor")
            .GetProperty("id")
            .GetGuid();
        var corrected = await PageSession.PostFormAsync(
            worker,
            $"/cases/{reference}/children/{noor}",
            new()
            {
                ["dateOfBirth.day"] = "4",
                ["dateOfBirth.month"] = "1",
                ["dateOfBirth.year"] = "2024",
                ["reason"] = "The birth certificate says the 4th.",
            }
        );

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var child = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("children")
            .EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == noor);
        Assert.Equal("2024-01-04", child.GetProperty("dateOfBirth").GetString());
    }

    [Fact]
    public async Task A_letter_of_issue_is_drafted_after_the_exit_with_the_first_hearing_typed_in_the_browser()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "exit",
                new
                {
                    outcome = "ProceedingsIssued",
                    on = "2026-03-02",
                    reason = "The panel's conditions were not met.",
                    courtApplicationOn = "2026-03-02",
                }
            )
        );
        var reference = await ReferenceAsync(journey);
        var worker = await PageSession.SignInAsync(api, "user-1", Roles.SocialWorker);
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "LetterOfIssue",
            ["hearing.date.day"] = "16",
            ["hearing.date.month"] = "3",
            ["hearing.date.year"] = "2026",
            ["hearing.time"] = "half ten",
            ["hearing.court"] = "the Family Court at Sampletown",
        };

        var badTime = await PageSession.PostFormAsync(worker, $"/cases/{reference}/letters", fields);
        fields["hearing.time"] = "10:30";
        var drafted = await PageSession.PostFormAsync(worker, $"/cases/{reference}/letters", fields);

        Assert.Contains("for example 10:30", await badTime.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var letter = WebUtility.HtmlDecode(await worker.GetStringAsync(drafted.Headers.Location!.ToString()));
        Assert.Contains("the Family Court at Sampletown", letter, StringComparison.Ordinal);
        Assert.Contains("10:30", letter, StringComparison.Ordinal);
    }

    private static async Task<string> ReferenceAsync(JourneyDriver journey) =>
        (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}"))
            .GetProperty("reference")
            .GetString()!;

    private static async Task<string> PostCheckAsync(HttpClient client, string? text, string? file, byte[]? bytes)
    {
        var page = await client.GetStringAsync("/check");
        var token = System
            .Text.RegularExpressions.Regex.Match(
                page,
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\""
            )
            .Groups[1]
            .Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text ?? ""), "text" },
            { new StringContent("letter-before-proceedings"), "meta.kind" },
            { new StringContent("2"), "meta.letterDate.day" },
            { new StringContent("3"), "meta.letterDate.month" },
            { new StringContent("2026"), "meta.letterDate.year" },
        };
        if (file is not null)
        {
            form.Add(new ByteArrayContent(bytes!), "upload", file);
        }

        var response = await client.PostAsync("/check", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> CountCasesAsync() =>
        (await api.ClientFor(Roles.SeniorManager, "sm-count").GetFromJsonAsync<JsonElement>("/api/cases?pageSize=200"))
            .GetProperty("totalCount")
            .GetInt32();
}
