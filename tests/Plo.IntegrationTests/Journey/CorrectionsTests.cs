using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Journey;

/// <summary>Every fact can be put right; nothing is silently overwritten: each correction is audited with before and
/// after.</summary>
public class CorrectionsTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private static readonly object NewAddress = new
    {
        line1 = "7 New Street",
        town = "Exampletown",
        postcode = "ZZ2 2BB",
    };

    private async Task<JourneyDriver> EnteredAsync()
    {
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        return await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
    }

    private static async Task<JsonElement> CorrectionsAsync(JourneyDriver journey) =>
        (
            await journey.Senior.GetFromJsonAsync<JsonElement>(
                $"/api/cases/{journey.CaseId}/audit?correctionsOnly=true"
            )
        ).GetProperty("items");

    private static async Task<string> TimelineAsync(JourneyDriver journey) =>
        string.Join(
            '\n',
            (await journey.GetAsync("timeline")).EnumerateArray().Select(t => t.GetProperty("summary").GetString())
        );

    [Fact]
    public async Task A_persons_details_change_with_before_and_after_in_the_audit()
    {
        var journey = await EnteredAsync();
        var person = (await journey.GetAsync(""))
            .GetProperty("familyMembers")
            .EnumerateArray()
            .First(m => m.GetProperty("firstName").GetString() == "Sam");
        var id = person.GetProperty("id").GetGuid();

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"family-members/{id}",
                new
                {
                    address = NewAddress,
                    phone = "01234 567890",
                    email = "parent@example.org",
                    preferredLanguage = "English",
                    interpreterNeeded = false,
                    solicitor = new { name = "Jo Brief", firm = "Example Law" },
                },
                HttpMethod.Put
            )
        );

        var changed = (await journey.GetAsync(""))
            .GetProperty("familyMembers")
            .EnumerateArray()
            .Single(m => m.GetProperty("id").GetGuid() == id);
        Assert.Equal("7 New Street", changed.GetProperty("address").GetProperty("line1").GetString());
        Assert.Equal("01234 567890", changed.GetProperty("phone").GetString());
        Assert.False(changed.GetProperty("interpreterNeeded").GetBoolean());
        Assert.Equal("Jo Brief", changed.GetProperty("solicitor").GetProperty("name").GetString());

        var audit = (await CorrectionsAsync(journey))[0];
        Assert.Equal("UpdateFamilyMemberCommand", audit.GetProperty("action").GetString());
        Assert.Contains(
            person.GetProperty("address").GetProperty("line1").GetString()!,
            audit.GetProperty("before").GetString(),
            StringComparison.Ordinal
        );
        Assert.Contains("interpreter: needed", audit.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("7 New Street", audit.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Contains("interpreter: not needed", audit.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal("User 1", audit.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task A_parent_is_added_and_another_ends_their_involvement_without_being_deleted()
    {
        var journey = await EnteredAsync();
        var first = (await journey.GetAsync(""))
            .GetProperty("familyMembers")
            .EnumerateArray()
            .First(m => m.GetProperty("hasParentalResponsibility").GetBoolean())
            .GetProperty("id")
            .GetGuid();
        var added = (
            await JourneyDriver.ItemAsync(
                await journey.ChangeAsync(
                    journey.Worker,
                    "family-members",
                    new
                    {
                        person = new
                        {
                            firstName = "Lee",
                            lastName = "Example",
                            relationship = "Father",
                            hasParentalResponsibility = true,
                            address = NewAddress,
                        },
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();

        var refused = await journey.ChangeAsync(
            journey.Worker,
            $"family-members/{first}/end-involvement",
            new { endedOn = "2026-03-02", reason = "" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"family-members/{first}/end-involvement",
                new { endedOn = "2026-03-02", reason = "Moved abroad and asked not to be contacted." }
            )
        );

        var people = (await journey.GetAsync("")).GetProperty("familyMembers").EnumerateArray().ToList();
        var ended = people.Single(m => m.GetProperty("id").GetGuid() == first);
        Assert.Equal("2026-03-02", ended.GetProperty("involvementEndedOn").GetString());
        Assert.Equal(
            "Moved abroad and asked not to be contacted.",
            ended.GetProperty("involvementEndReason").GetString()
        );
        Assert.Contains(people, m => m.GetProperty("id").GetGuid() == added);

        var letters = await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        var recipients = (await letters.Content.ReadFromJsonAsync<JsonElement>())
            .EnumerateArray()
            .Select(l => l.GetProperty("recipientName").GetString())
            .ToList();
        Assert.Equal(["Lee Example"], recipients);
        var audit = (await CorrectionsAsync(journey))[0];
        Assert.Contains("involved", audit.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            "involvement ended 2026-03-02 (Moved abroad",
            audit.GetProperty("after").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_child_added_in_pre_proceedings_starts_an_episode_of_their_own_and_a_date_of_birth_is_corrected()
    {
        var journey = await EnteredAsync();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        var child = (
            await JourneyDriver.ItemAsync(
                await journey.ChangeAsync(
                    journey.Worker,
                    "children",
                    new
                    {
                        child = new
                        {
                            firstName = "Kit",
                            lastName = "Example",
                            dateOfBirth = "2026-03-28",
                        },
                        joinedOn = "2026-03-30",
                    }
                )
            )
        ).GetProperty("itemId").GetGuid();

        var overview = await journey.Senior.GetFromJsonAsync<JsonElement>(
            "/api/overview?socialWorker=user-1&pageSize=500"
        );
        var row = overview
            .GetProperty("rows")
            .EnumerateArray()
            .Single(r => r.GetProperty("childId").GetGuid() == child);
        Assert.Equal("2026-03-30", row.GetProperty("startDate").GetString());
        Assert.Equal("2026-07-20", row.GetProperty("expectedEndDate").GetString()); // 16 weeks on

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"children/{child}/date-of-birth",
                new { dateOfBirth = "2026-03-27", reason = "The hospital record shows the 27th." },
                HttpMethod.Put
            )
        );
        var corrected = (await journey.GetAsync(""))
            .GetProperty("children")
            .EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == child);
        Assert.Equal("2026-03-27", corrected.GetProperty("dateOfBirth").GetString());
        var audit = (await CorrectionsAsync(journey))[0];
        Assert.Equal("Kit Example, born 2026-03-28", audit.GetProperty("before").GetString());
        Assert.Equal("Kit Example, born 2026-03-27", audit.GetProperty("after").GetString());
        Assert.Contains("The hospital record shows the 27th.", await TimelineAsync(journey), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reallocation_keeps_the_history_and_follows_the_roles()
    {
        var journey = await EnteredAsync();
        api.ClientFor(Roles.SocialWorker, "sw-next");
        api.ClientFor(Roles.TeamManager, "tm-next");

        var notAllowed = await journey.ChangeAsync(
            journey.Manager,
            "allocation/team-manager",
            new { userId = "tm-next", reason = "Team change." },
            HttpMethod.Put
        );
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        var unknown = await journey.ChangeAsync(
            journey.Manager,
            "allocation/social-worker",
            new { userId = "nobody", reason = "New worker." },
            HttpMethod.Put
        );
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Manager,
                "allocation/social-worker",
                new { userId = "sw-next", reason = "The first worker has moved team." },
                HttpMethod.Put
            )
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Senior,
                "allocation/team-manager",
                new { userId = "tm-next", reason = "Teams reorganised." },
                HttpMethod.Put
            )
        );

        var onCase = await journey.GetAsync("", journey.Senior);
        Assert.Equal("sw-next", onCase.GetProperty("allocation").GetProperty("socialWorkerId").GetString());
        var history = onCase.GetProperty("allocationHistory").EnumerateArray().ToList();
        var change = history.Single(h => h.GetProperty("toUserId").GetString() == "sw-next");
        Assert.Equal("user-1", change.GetProperty("fromUserId").GetString());
        Assert.Equal("The first worker has moved team.", change.GetProperty("reason").GetString());
        Assert.Contains(
            history,
            h =>
                h.GetProperty("toUserId").GetString() == "tm-next" && h.GetProperty("role").GetString() == "teamManager"
        );

        // The first social worker no longer reaches the case.
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await journey.Worker.GetAsync($"/api/cases/{journey.CaseId}")).StatusCode
        );
        var timeline = string.Join(
            '\n',
            (await journey.GetAsync("timeline", journey.Senior))
                .EnumerateArray()
                .Select(t => t.GetProperty("summary").GetString())
        );
        Assert.Contains(
            "Social worker changed from User 1 to Sw Next. Reason: The first worker has moved team.",
            timeline,
            StringComparison.Ordinal
        );
        var audit = await CorrectionsAsync(journey);
        Assert.Equal("team manager: tm-1", audit[0].GetProperty("before").GetString());
        Assert.Equal("social worker: sw-next", audit[1].GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_meeting_outcome_is_corrected_by_a_team_manager_with_a_reason_and_the_timeline_keeps_both()
    {
        var journey = await EnteredAsync();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "plan", Plans.WithContingency, HttpMethod.Put)
        );
        var meeting = await journey.ScheduleMeetingAsync(
            journey.Worker,
            "Initial",
            "2026-03-02",
            "10:00",
            "Family Centre"
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{meeting}/outcome",
                new
                {
                    heldOn = "2026-03-02",
                    attendees = "Sam",
                    parentsSolicitorsPresent = false,
                    progress = "Little",
                    decision = "Continue",
                }
            )
        );
        var corrected = new
        {
            heldOn = "2026-03-02",
            attendees = "Sam and her solicitor",
            parentsSolicitorsPresent = true,
            progress = "Some",
            decision = "Continue",
            reason = "Sam's solicitor was there; the first record missed her.",
        };

        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await journey.ChangeAsync(journey.Worker, $"meetings/{meeting}/outcome", corrected, HttpMethod.Put)
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await journey.ChangeAsync(
                    journey.Manager,
                    $"meetings/{meeting}/outcome",
                    corrected with
                    {
                        reason = "",
                    },
                    HttpMethod.Put
                )
            ).StatusCode
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Manager, $"meetings/{meeting}/outcome", corrected, HttpMethod.Put)
        );

        var outcome = (await journey.GetAsync("meetings")).GetProperty("meetings")[0].GetProperty("outcome");
        Assert.Equal("Sam and her solicitor", outcome.GetProperty("attendees").GetString());
        var timeline = await TimelineAsync(journey);
        Assert.Contains("attendees: Sam;", timeline, StringComparison.Ordinal);
        Assert.Contains("attendees: Sam and her solicitor;", timeline, StringComparison.Ordinal);
        Assert.Contains("Sam's solicitor was there", timeline, StringComparison.Ordinal);
        var audit = (await CorrectionsAsync(journey))[0];
        Assert.Contains("progress: little", audit.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("progress: some", audit.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_done_needs_a_reason_carried_on_needs_a_new_date_and_both_show_in_the_next_meetings_list()
    {
        var journey = await EnteredAsync();
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(journey.Worker, "plan", Plans.WithContingency, HttpMethod.Put)
        );
        var initial = await journey.ScheduleMeetingAsync(
            journey.Worker,
            "Initial",
            "2026-03-02",
            "10:00",
            "Family Centre"
        );
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{initial}/outcome",
                new
                {
                    heldOn = "2026-03-02",
                    attendees = "Sam",
                    parentsSolicitorsPresent = false,
                    progress = "Some",
                    decision = "Continue",
                    newActions = new[]
                    {
                        new
                        {
                            owner = "Parent",
                            description = "Go to the parenting course",
                            dueOn = "2026-03-30",
                        },
                        new
                        {
                            owner = "Council",
                            description = "Book the family group conference",
                            dueOn = "2026-03-16",
                        },
                    },
                }
            )
        );
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.Zero));
        var review = await journey.ScheduleMeetingAsync(
            journey.Worker,
            "Review",
            "2026-04-06",
            "10:00",
            "Family Centre"
        );
        var actions = (await journey.GetAsync("meetings")).GetProperty("actions").EnumerateArray().ToList();
        var course = actions.Single(a => a.GetProperty("owner").GetString() == "parent").GetProperty("id").GetGuid();
        var booking = actions.Single(a => a.GetProperty("owner").GetString() == "council").GetProperty("id").GetGuid();
        object Outcome(object[] results) =>
            new
            {
                heldOn = "2026-04-06",
                attendees = "Sam",
                parentsSolicitorsPresent = false,
                progress = "Some",
                decision = "Continue",
                actionResults = results,
            };

        var noReason = await journey.ChangeAsync(
            journey.Worker,
            $"meetings/{review}/outcome",
            Outcome([
                new
                {
                    actionId = course,
                    result = "CarriedOn",
                    newDueOn = "2026-05-01",
                },
                new { actionId = booking, result = "NotDone" },
            ])
        );
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noDate = await journey.ChangeAsync(
            journey.Worker,
            $"meetings/{review}/outcome",
            Outcome([
                new { actionId = course, result = "CarriedOn" },
                new
                {
                    actionId = booking,
                    result = "NotDone",
                    reason = "No venue was free.",
                },
            ])
        );
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("new due date", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                $"meetings/{review}/outcome",
                Outcome([
                    new
                    {
                        actionId = course,
                        result = "CarriedOn",
                        newDueOn = "2026-05-01",
                    },
                    new
                    {
                        actionId = booking,
                        result = "NotDone",
                        reason = "No venue was free.",
                    },
                ])
            )
        );
        var next = await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-05-11", "10:00", "Family Centre");

        var meetings = (await journey.GetAsync("meetings")).GetProperty("meetings").EnumerateArray().ToList();
        var reviewed = meetings
            .Single(m => m.GetProperty("id").GetGuid() == review)
            .GetProperty("actionsReviewed")
            .EnumerateArray()
            .ToList();
        Assert.Contains(reviewed, a => a.GetProperty("reason").GetString() == "No venue was free.");
        var toReview = meetings
            .Single(m => m.GetProperty("id").GetGuid() == next)
            .GetProperty("actionsToReview")
            .EnumerateArray()
            .Single();
        Assert.Equal(course, toReview.GetProperty("actionId").GetGuid());
        Assert.Equal("2026-05-01", toReview.GetProperty("dueOn").GetString());
        Assert.Equal("carriedOn", toReview.GetProperty("result").GetString());
    }
}
