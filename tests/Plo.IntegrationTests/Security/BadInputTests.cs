using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Security;

/// <summary>Bad input always gets a clear 400 (or another 4xx) as problem details, never a 500, and is never logged as
/// an error.</summary>
public class BadInputTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ProblemAsync(response)).GetProperty("errors");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/csv")]
    [InlineData("application/xml")]
    public async Task A_not_found_asked_for_as_anything_is_a_404_problem_without_the_token(string accept)
    {
        var client = api.ClientFor(Roles.SeniorManager, "sm-1");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{Guid.NewGuid()}");
        request.Headers.Accept.ParseAdd(accept);

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(client.DefaultRequestHeaders.Authorization!.Parameter!, body, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_null_action_result_is_a_400_naming_it()
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var meeting = await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-03-02", "10:00", "Office");

        var response = await journey.ChangeAsync(
            journey.Worker,
            $"meetings/{meeting}/outcome",
            new
            {
                heldOn = "2026-03-02",
                attendees = "Sam",
                parentsSolicitorsPresent = true,
                progress = "Some",
                decision = "Continue",
                actionResults = new object?[] { null },
            }
        );

        Assert.True((await ErrorsAsync(response)).TryGetProperty("actionResults[0]", out _));
    }

    [Fact]
    public async Task A_null_attendee_is_a_400_naming_it()
    {
        var response = await api.ClientFor(Roles.GatewayPanel, "panel-1")
            .PostAsJsonAsync(
                "/api/gateway-meetings",
                new
                {
                    meetingDate = "2026-03-10",
                    chair = "Head of Service",
                    attendees = new object?[] { null },
                }
            );

        Assert.True((await ErrorsAsync(response)).TryGetProperty("attendees[0]", out _));
    }

    [Fact]
    public async Task A_null_letter_kind_is_a_400_naming_it()
    {
        var response = await api.ClientFor(Roles.SocialWorker)
            .PostAsJsonAsync(
                "/api/plain-language/check",
                new { text = "Dear Sam, we are worried.", meta = new { kind = (string?)null } }
            );

        Assert.True((await ErrorsAsync(response)).TryGetProperty("meta.kind", out _));
    }

    [Theory]
    [InlineData("\"Sometimes\"")]
    [InlineData("7")]
    [InlineData("\"7\"")]
    public async Task An_unknown_enum_value_is_a_400_listing_the_allowed_values(string progress)
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));
        var meeting = await journey.ScheduleMeetingAsync(journey.Worker, "Review", "2026-03-02", "10:00", "Office");
        var body = $$"""
            {"version":{{journey.Version}},"heldOn":"2026-03-02","attendees":"Sam",
            "progress":{{progress}},"decision":"continue"}
            """;

        var response = await journey.Worker.PostAsync(
            $"/api/cases/{journey.CaseId}/meetings/{meeting}/outcome",
            new StringContent(body, Encoding.UTF8, "application/json")
        );

        Assert.Equal(
            "Use one of: good, some, little, none, notRecorded.",
            (await ErrorsAsync(response)).GetProperty("progress")[0].GetString()
        );
    }

    [Fact]
    public async Task A_revised_date_for_ever_away_is_refused()
    {
        var journey = await JourneyDriver.EnteredAsync(api, new DateOnly(2026, 3, 2));

        var forever = await journey.ChangeAsync(
            journey.Manager,
            "delay-rationales",
            new
            {
                reason = "Other",
                narrative = "Waiting.",
                revisedDate = "9999-12-31",
            }
        );
        var pastTheEnd = await journey.ChangeAsync(
            journey.Manager,
            "delay-rationales",
            new
            {
                reason = "Other",
                narrative = "Waiting.",
                revisedDate = "2027-01-31",
            }
        );

        Assert.True((await ErrorsAsync(forever)).TryGetProperty("revisedDate", out _));
        Assert.True((await ErrorsAsync(pastTheEnd)).TryGetProperty("revisedDate", out _));
    }

    [Theory]
    [InlineData("Amy\u202Egnp.exe")]
    [InlineData("A\u200Bmy")]
    [InlineData("Amy\u0007")]
    public async Task Names_with_hidden_or_direction_characters_are_refused(string name)
    {
        var family = CaseRequests.Family();
        var command = family with { Children = [family.Children[0] with { FirstName = name }] };

        var response = await api.ClientFor(Roles.SocialWorker).PostAsJsonAsync("/api/cases", command);

        Assert.True((await ErrorsAsync(response)).TryGetProperty("children[0].firstName", out _));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2029-01-01")]
    public async Task Dates_outside_their_sane_range_are_refused(string date)
    {
        var response = await api.ClientFor(Roles.GatewayPanel, "panel-1")
            .PostAsJsonAsync(
                "/api/gateway-meetings",
                new
                {
                    meetingDate = date,
                    chair = "Head of Service",
                    attendees = new[] { new { name = "A", role = "B" } },
                }
            );

        Assert.True((await ErrorsAsync(response)).TryGetProperty("meetingDate", out _));
    }

    [Fact]
    public async Task Refusals_are_not_logged_as_errors()
    {
        var client = api.ClientFor(Roles.SocialWorker, "nobody-in-particular");
        await client.GetAsync($"/api/cases/{Guid.NewGuid()}");
        await client.PostAsJsonAsync("/api/gateway-meetings", new { });
        await client.PostAsync("/api/cases", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
