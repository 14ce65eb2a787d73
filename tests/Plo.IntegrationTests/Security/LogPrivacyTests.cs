using System.Net.Http.Json;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Security;

/// <summary>Logs go to places case records do not (consoles, collectors): they must hold no one's details and no
/// token.</summary>
public class LogPrivacyTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task A_whole_journey_logs_no_names_addresses_dates_of_birth_or_tokens()
    {
        var family = new OpenCaseCommand(
            [new ChildInput("Zephyrine", "Quillfeather", new DateOnly(2019, 7, 23), null)],
            [
                new FamilyMemberInput(
                    "Orlaith",
                    "Quillfeather",
                    "Mother",
                    true,
                    new AddressInput("17 Larkspur Mews", "Flat 9", "Wexbridge", "ZZ7 4QT"),
                    "Welsh",
                    true,
                    null
                ),
            ],
            "user-1",
            "tm-1",
            null
        );
        var opened = await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker, "user-1"), family);
        var journey = new JourneyDriver(api, opened.CaseId, 1);
        await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");
        await JourneyDriver.ItemAsync(
            await journey.ChangeAsync(
                journey.Worker,
                "plan",
                new
                {
                    concerns = new[]
                    {
                        new { description = "Zephyrine was found alone near the canal.", occurredOn = "2026-02-14" },
                    },
                    changes = Array.Empty<object>(),
                    support = Array.Empty<object>(),
                    contingencyPlan = "If Zephyrine is not safe we will ask the court.",
                },
                HttpMethod.Put
            )
        );
        await journey.Worker.PostAsJsonAsync(
            $"/api/cases/{journey.CaseId}/letters",
            new { kind = "LetterBeforeProceedings" }
        );
        await journey.Worker.GetAsync($"/api/cases/{journey.CaseId}");
        await journey.Worker.GetAsync($"/api/cases/{journey.CaseId}/timeline");
        // a refusal quoting nothing back into the logs
        await journey.Worker.PostAsJsonAsync("/api/cases", family with { Children = [] });
        var token = journey.Worker.DefaultRequestHeaders.Authorization!.Parameter!;

        var logs = string.Join('\n', api.Logs.Entries.Select(e => e.Text));

        Assert.NotEmpty(api.Logs.Entries);
        foreach (
            var secret in new[]
            {
                "Zephyrine",
                "Quillfeather",
                "Orlaith",
                "Larkspur",
                "Wexbridge",
                "ZZ7 4QT",
                "2019-07-23",
                "23/07/2019",
                "canal",
                token,
            }
        )
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }
}
