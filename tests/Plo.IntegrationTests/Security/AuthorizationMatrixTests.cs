using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plo.IntegrationTests.Infrastructure;
using static Plo.Application.Common.Security.Roles;

namespace Plo.IntegrationTests.Security;

/// <summary>
/// Every /api route of the running app, tried by every kind of caller. The table below is the policy written
/// out by hand: a route missing from it fails the test, so no endpoint ships without an access decision.
/// </summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture world)
    : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    private enum Scope
    {
        None,
        Case,
    }

    private const string Everyone = "*";

    /// <summary>Route → (roles that may use it, whether it is about one case). Reads of a case are open to every role
    /// that reaches it.</summary>
    private static readonly Dictionary<string, (string[] Roles, Scope Scope)> Policy = new()
    {
        ["POST /api/cases/"] = ([SocialWorker, TeamManager], Scope.None),
        ["GET /api/cases/"] = ([Everyone], Scope.None),
        ["POST /api/cases/retrospective"] = ([TeamManager, SeniorManager], Scope.None),
        ["GET /api/cases/{id:guid}"] = ([Everyone], Scope.Case),
        ["POST /api/gateway-meetings/"] = ([GatewayPanel], Scope.None),
        ["GET /api/gateway-meetings/{id:guid}"] = ([GatewayPanel, SeniorManager, LegalAdviser], Scope.None),
        ["GET /api/gateway-meetings/"] = ([GatewayPanel, SeniorManager, LegalAdviser], Scope.None),
        ["GET /api/cases/{id:guid}/delay-rationales"] = ([Everyone], Scope.Case),
        ["GET /api/cases/{id:guid}/extensions"] = ([Everyone], Scope.Case),
        ["POST /api/gateway-meetings/{id:guid}/agenda"] = ([GatewayPanel], Scope.Case),
        ["POST /api/gateway-meetings/{id:guid}/decisions"] = ([GatewayPanel], Scope.Case),
        ["GET /api/cases/{id:guid}/plan"] = ([Everyone], Scope.Case),
        ["PUT /api/cases/{id:guid}/plan"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/cases/{id:guid}/assessments"] = ([SocialWorker, TeamManager], Scope.Case),
        ["PUT /api/cases/{id:guid}/assessments/{assessmentId:guid}"] = ([SocialWorker, TeamManager], Scope.Case),
        ["GET /api/cases/{id:guid}/meetings"] = ([Everyone], Scope.Case),
        ["POST /api/cases/{id:guid}/meetings"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/cases/{id:guid}/meetings/{meetingId:guid}/outcome"] = ([SocialWorker, TeamManager], Scope.Case),
        ["GET /api/cases/{id:guid}/supervision"] = ([Everyone], Scope.Case),
        ["POST /api/cases/{id:guid}/supervision"] = ([TeamManager], Scope.Case),
        ["GET /api/cases/{id:guid}/significant-changes"] = ([Everyone], Scope.Case),
        ["POST /api/cases/{id:guid}/significant-changes"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/cases/{id:guid}/letter-sent"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/cases/{id:guid}/children/{childId:guid}/birth"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/cases/{id:guid}/delay-rationales"] = ([TeamManager, SeniorManager], Scope.Case),
        ["POST /api/cases/{id:guid}/extensions"] = ([SeniorManager], Scope.Case),
        ["POST /api/cases/{id:guid}/exit"] = ([TeamManager, SeniorManager, GatewayPanel], Scope.Case),
        ["GET /api/cases/{id:guid}/review-points"] = ([Everyone], Scope.Case),
        ["POST /api/cases/{id:guid}/family-members"] = ([SocialWorker, TeamManager], Scope.Case),
        ["PUT /api/cases/{id:guid}/family-members/{memberId:guid}"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/cases/{id:guid}/family-members/{memberId:guid}/end-involvement"] = (
            [SocialWorker, TeamManager],
            Scope.Case
        ),
        ["POST /api/cases/{id:guid}/children"] = ([SocialWorker, TeamManager], Scope.Case),
        ["PUT /api/cases/{id:guid}/children/{childId:guid}/date-of-birth"] = ([SocialWorker, TeamManager], Scope.Case),
        ["PUT /api/cases/{id:guid}/allocation/social-worker"] = ([TeamManager, SeniorManager], Scope.Case),
        ["PUT /api/cases/{id:guid}/allocation/team-manager"] = ([SeniorManager], Scope.Case),
        ["PUT /api/cases/{id:guid}/meetings/{meetingId:guid}/outcome"] = ([TeamManager], Scope.Case),
        ["GET /api/cases/{id:guid}/audit"] = ([TeamManager, SeniorManager], Scope.Case),
        ["GET /api/cases/{id:guid}/timeline"] = ([Everyone], Scope.Case),
        ["POST /api/plain-language/check"] = ([Everyone], Scope.None),
        ["POST /api/cases/{id:guid}/letters/"] = ([SocialWorker, TeamManager], Scope.Case),
        ["GET /api/cases/{id:guid}/letters/"] = ([Everyone], Scope.Case),
        ["GET /api/cases/{id:guid}/letter-kinds"] = ([Everyone], Scope.Case),
        ["GET /api/letters/{id:guid}/"] = ([Everyone], Scope.Case),
        ["GET /api/letters/{id:guid}/html"] = ([Everyone], Scope.Case),
        ["GET /api/letters/{id:guid}/docx"] = ([Everyone], Scope.Case),
        ["POST /api/letters/{id:guid}/regenerate"] = ([SocialWorker, TeamManager], Scope.Case),
        ["POST /api/letters/{id:guid}/approve"] = ([TeamManager], Scope.Case),
        ["POST /api/letters/{id:guid}/issue"] = ([TeamManager, SeniorManager], Scope.Case),
        ["GET /api/overview"] = ([Everyone], Scope.None),
        ["GET /api/overview.csv"] = ([Everyone], Scope.None),
        ["GET /api/dashboard"] = ([Everyone], Scope.None),
        ["GET /api/case-work"] = ([Everyone], Scope.None),
        ["GET /api/cases/by-reference/{reference}"] = ([Everyone], Scope.Case),
        ["GET /api/audit/access"] = ([SeniorManager], Scope.Case),
        ["GET /api/staff/"] = ([Everyone], Scope.None),
        ["GET /api/display-names"] = ([Everyone], Scope.None),
        ["POST /api/staff/"] = ([SeniorManager], Scope.None),
        ["PUT /api/staff/{userId}"] = ([SeniorManager], Scope.None),
        ["GET /api/teams/"] = ([Everyone], Scope.None),
        ["POST /api/teams/"] = ([SeniorManager], Scope.None),
        ["PUT /api/teams/{id:guid}"] = ([SeniorManager], Scope.None),
    };

    /// <summary>Callers: a name, the roles in the token (null: no token), and the user id.</summary>
    public static TheoryData<string, string[]?, string> Callers()
    {
        var data = new TheoryData<string, string[]?, string>
        {
            { "anonymous", null, "nobody" },
            { "no Plo role", [], "someone" },
            { "unallocated social worker", [SocialWorker], "sw-other" },
            { "team manager of another team", [TeamManager], "tm-other" },
        };
        foreach (var role in All)
        {
            data.Add(role, [role], Fixture.Allocated(role));
        }

        // Pairs held by someone allocated to nothing: one role's rights must never borrow the other role's reach.
        foreach (var (first, i) in All.Select((r, i) => (r, i)))
        {
            foreach (var second in All.Skip(i + 1))
            {
                data.Add($"{first}+{second}", [first, second], "pair-user");
            }
        }

        return data;
    }

    [Fact]
    public void Every_api_route_has_an_access_decision_in_the_table()
    {
        var routes = world
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e =>
                (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                    $"{m} {e.RoutePattern.RawText}"
                )
            )
            .ToList();

        Assert.Empty(routes.Except(Policy.Keys));
        Assert.Empty(Policy.Keys.Except(routes));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_caller_gets_exactly_what_the_policy_says(string caller, string[]? roles, string user)
    {
        var client = world.CreateClient();
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer",
                TestTokens.For(user, roles)
            );
        }

        var wrong = new List<string>();
        foreach (var (route, (permitted, scope)) in Policy)
        {
            var expected = Expected(roles, user, permitted, scope);
            var actual = (int)(await world.SendAsync(client, route)).StatusCode;
            var ok =
                expected == 200
                    ? actual is >= 200 and < 300
                        || (actual is 400 or 409 or 422 && !route.StartsWith("GET", StringComparison.Ordinal))
                    : actual == expected;
            if (!ok)
            {
                wrong.Add($"{route}: expected {(expected == 200 ? "allowed" : expected)}, got {actual}");
            }
        }

        Assert.True(wrong.Count == 0, $"{caller}:\n{string.Join('\n', wrong)}");
    }

    /// <summary>The policy: one role the user holds must both permit the action and reach the case.</summary>
    private static int Expected(string[]? roles, string user, string[] permitted, Scope scope)
    {
        if (roles is null)
        {
            return 401;
        }

        var reaching = scope == Scope.None ? roles : roles.Where(r => Reaches(r, user)).ToArray();
        if (roles.Length == 0)
        {
            return 403;
        }

        if (reaching.Length == 0)
        {
            return 404;
        }

        return reaching.Any(r => permitted.Contains(Everyone) || permitted.Contains(r)) ? 200 : 403;
    }

    private static bool Reaches(string role, string user) =>
        role switch
        {
            SocialWorker => user == Fixture.Allocated(SocialWorker),
            TeamManager => user == Fixture.Allocated(TeamManager),
            _ => true,
        };

    /// <summary>One family part-way through pre-proceedings, with a letter, a meeting, an assessment and a panel
    /// meeting to aim at.</summary>
    public sealed class Fixture : PloApiFactory, IAsyncLifetime
    {
        private readonly Dictionary<string, string> _ids = [];
        private string _letter = "",
            _gateway = "";

        public static string Allocated(string role) =>
            role switch
            {
                SocialWorker => "user-1",
                TeamManager => "tm-1",
                _ => $"{role.ToLowerInvariant()}-1",
            };

        public async Task InitializeAsync()
        {
            foreach (var row in Callers())
            {
                if (row[1] is string[] roles)
                {
                    Directory.Register((string)row[2], roles);
                }
            }

            var journey = await JourneyDriver.EnteredAsync(this, new DateOnly(2026, 3, 2));
            var gateway = await journey.ScheduleGatewayMeetingAsync(new DateOnly(2026, 3, 2));
            var meeting = await journey.ScheduleMeetingAsync(
                journey.Worker,
                "Initial",
                "2026-03-12",
                "10:00",
                "Family Centre"
            );
            var assessment = (
                await JourneyDriver.ItemAsync(
                    await journey.ChangeAsync(
                        journey.Worker,
                        "assessments",
                        new
                        {
                            kind = "Parenting",
                            assessor = "An assessor",
                            commissionedOn = "2026-03-02",
                            dueOn = "2026-04-02",
                        }
                    )
                )
            ).GetProperty("itemId").GetGuid();
            var drafted = await journey.Worker.PostAsJsonAsync(
                $"/api/cases/{journey.CaseId}/letters",
                new { kind = "LetterBeforeProceedings" }
            );
            var letter = (await drafted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetGuid();
            var onCase = await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{journey.CaseId}");
            var child = onCase.GetProperty("children")[0].GetProperty("id").GetGuid();
            var member = onCase.GetProperty("familyMembers")[0].GetProperty("id").GetGuid();

            _ids["{id:guid}"] = journey.CaseId.ToString();
            _ids["{meetingId:guid}"] = meeting.ToString();
            _ids["{assessmentId:guid}"] = assessment.ToString();
            _ids["{childId:guid}"] = child.ToString();
            _ids["{memberId:guid}"] = member.ToString();
            _ids["{reference}"] = onCase.GetProperty("reference").GetString()!;
            _letter = letter.ToString();
            _gateway = gateway.ToString();
        }

        /// <summary>
        /// Sends a request to the route with its real ids and a body that the access decision lets through or refuses,
        /// and that validation refuses if it gets that far, so the table's callers change nothing.
        /// </summary>
        public Task<HttpResponseMessage> SendAsync(HttpClient client, string route)
        {
            var (method, pattern) = (route.Split(' ')[0], route.Split(' ')[1]);
            var path =
                pattern.StartsWith("/api/teams/", StringComparison.Ordinal)
                    ? pattern.Replace("{id:guid}", Guid.Empty.ToString(), StringComparison.Ordinal)
                : pattern.StartsWith("/api/staff/", StringComparison.Ordinal)
                    ? pattern.Replace("{userId}", "user-1", StringComparison.Ordinal)
                : pattern.StartsWith("/api/letters/", StringComparison.Ordinal)
                    ? pattern.Replace("{id:guid}", _letter, StringComparison.Ordinal)
                : pattern.StartsWith("/api/gateway-meetings/", StringComparison.Ordinal)
                    ? pattern.Replace("{id:guid}", _gateway, StringComparison.Ordinal)
                : _ids.Aggregate(pattern, (p, id) => p.Replace(id.Key, id.Value, StringComparison.Ordinal));
            var body = pattern switch
            {
                "/api/gateway-meetings/{id:guid}/agenda" => new Dictionary<string, object>
                {
                    ["caseId"] = _ids["{id:guid}"],
                },
                "/api/gateway-meetings/{id:guid}/decisions" => new Dictionary<string, object>
                {
                    ["caseId"] = _ids["{id:guid}"],
                    ["version"] = 0,
                },
                "/api/cases/{id:guid}/letters/" => new Dictionary<string, object>
                {
                    ["kind"] = "LetterBeforeProceedings",
                    ["recipientIds"] = new[] { Guid.Empty },
                },
                _ => new Dictionary<string, object> { ["version"] = 0 },
            };
            var request = new HttpRequestMessage(
                new HttpMethod(method),
                pattern == "/api/audit/access" ? $"{path}?caseId={_ids["{id:guid}"]}" : path
            );
            if (method != "GET")
            {
                request.Content = JsonContent.Create(body);
            }

            return client.SendAsync(request);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
