using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Data.Sqlite;
using Plo.IntegrationTests.Infrastructure;
using static Plo.Application.Common.Security.Roles;

namespace Plo.IntegrationTests.Security;

/// <summary>
/// Property: whatever body, type of value or Accept header reaches any route, the answer is never a 5xx, every
/// refusal is problem details, and a refused request stores nothing. Bodies start valid and have one part broken.
/// </summary>
public class HostileBodyTests(HostileBodyTests.Fixture world) : IClassFixture<HostileBodyTests.Fixture>
{
    private static readonly string[] Accepts =
    [
        "application/json",
        "text/html",
        "text/csv",
        "application/xml",
        "*/*",
        "nonsense/;;",
        "",
    ];

    private static readonly Func<JsonNode?>[] Hostile =
    [
        () => null,
        () => 0,
        () => -1,
        () => 2147483648L,
        () => 1e308,
        () => true,
        () => "",
        () => new string('x', 200_000),
        () => "Amy\u202Egnp",
        () => "\u0000",
        () => "31/02/2026",
        () => "9999-12-31",
        () => "0001-01-01",
        () => "2026-02-30",
        () => new JsonObject(),
        () => new JsonArray(),
        () => new JsonArray((JsonNode?)null),
        () => JsonNode.Parse("[[[[[[[[[[[]]]]]]]]]]]"),
        () => new JsonObject { ["a"] = null },
        () => "NaN",
        () => new JsonArray([.. Enumerable.Range(0, 2000).Select(i => (JsonNode)i)]),
    ];

    private static readonly string[] Queries =
    [
        "",
        "?page=-1",
        "?pageSize=100000",
        "?stage=bogus",
        "?since=13/13/2026",
        "?rag=7",
        "?sort=;drop",
        "?overdue=maybe",
    ];

    [Fact]
    public async Task No_body_or_header_gets_a_5xx_and_no_refusal_stores_anything()
    {
        // Nulls are the commonest hostile value: about a third of the replacements.
        var value = Gen.Frequency((1, Gen.Const(0)), (2, Gen.Int[0, Hostile.Length - 1]));
        var gen = Gen.Select(
                Gen.Int[0, world.Routes.Count - 1],
                Gen.Frequency((4, Gen.Const(1)), (1, Gen.Int[0, 5])),
                Gen.Int[0, 999],
                value
            )
            .Select(
                Gen.Int[0, Accepts.Length - 1],
                Gen.Int[0, Queries.Length - 1],
                Gen.Bool,
                (r, accept, query, user) =>
                    (
                        Route: r.Item1,
                        Mutation: r.Item2,
                        Node: r.Item3,
                        Value: r.Item4,
                        Accept: accept,
                        Query: query,
                        Manager: user
                    )
            );

        await gen.SampleAsync(
            c =>
                SendAndCheckAsync(
                    world.Routes[c.Route],
                    c.Manager,
                    Accepts[c.Accept],
                    Queries[c.Query],
                    body => Mutate(body, c.Mutation, c.Node, c.Value)
                ),
            iter: 400,
            threads: 1
        );
    }

    /// <summary>Every part of every body, in turn, set to null and to a value of the wrong type.</summary>
    [Fact]
    public async Task Every_part_of_every_body_can_be_null_or_the_wrong_type()
    {
        foreach (var route in world.Routes.Where(r => r.Body is not null))
        {
            var count = Descendants(JsonNode.Parse(route.Body!)).Count();
            for (var node = 0; node < count; node++)
            {
                foreach (var value in new[] { 0, 5, 14 })
                {
                    await SendAndCheckAsync(route, false, "application/json", "", body => Mutate(body, 1, node, value));
                }
            }
        }
    }

    private async Task SendAndCheckAsync(
        Route route,
        bool asManager,
        string accept,
        string query,
        Func<JsonNode?, string?> mutate
    )
    {
        var before = world.Fingerprint();
        var (response, sent) = await world.SendAsync(route, asManager, accept, query, mutate);
        var status = (int)response.StatusCode;
        var what =
            $"{route.Method} {route.Path} Accept '{accept}' body {Shorten(sent)} → {status} "
            + $"{Shorten(await response.Content.ReadAsStringAsync())}";

        Assert.True(status < 500, what);
        if (status >= 400)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
            Assert.True(before == world.Fingerprint(), $"A refused request changed the database: {what}");
        }
    }

    private static string Shorten(string? text) =>
        text is null ? "(none)"
        : text.Length > 300 ? text[..300] + "…"
        : text;

    /// <summary>Breaks one part of a valid body: replaces, removes or adds a node, or replaces the whole
    /// body.</summary>
    private static string? Mutate(JsonNode? body, int mutation, int node, int value)
    {
        var nodes = Descendants(body).ToList();
        var target = nodes.Count == 0 ? null : nodes[node % nodes.Count];
        switch (mutation)
        {
            case 1 when target?.Parent is JsonObject parent:
                parent[target.GetPropertyName()] = Hostile[value]();
                break;
            case 1 when target?.Parent is JsonArray array:
                array[target.GetElementIndex()] = Hostile[value]();
                break;
            case 2 when target?.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case 3 when body is JsonObject root:
                root[$"unexpected{value}"] = Hostile[value]();
                break;
            case 4:
                return value % 3 == 0 ? "{"
                    : value % 3 == 1 ? "\u0000"
                    : Hostile[value]()?.ToJsonString() ?? "null";
        }

        return body?.ToJsonString();
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }

    public sealed record Route(string Method, string Path, string? Body);

    /// <summary>One family in pre-proceedings (an unborn child, a plan, a meeting, an assessment, a letter) and a valid
    /// body per route.</summary>
    public sealed class Fixture : PloApiFactory, IAsyncLifetime
    {
        public List<Route> Routes { get; } = [];
        private Guid _case,
            _letter;

        public async Task InitializeAsync()
        {
            var journey = await JourneyDriver.EnteredAsync(this, new DateOnly(2026, 3, 2));
            var gateway = await journey.ScheduleGatewayMeetingAsync(new DateOnly(2026, 3, 2));
            await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "plan", Plan, HttpMethod.Put));
            var meeting = await journey.ScheduleMeetingAsync(
                journey.Worker,
                "Initial",
                "2026-03-02",
                "10:00",
                "Family Centre"
            );
            var assessment = (
                await JourneyDriver.ItemAsync(await journey.ChangeAsync(journey.Worker, "assessments", Assessment))
            )
                .GetProperty("itemId")
                .GetGuid();
            var drafted = await journey.Worker.PostAsJsonAsync(
                $"/api/cases/{journey.CaseId}/letters",
                new { kind = "LetterBeforeProceedings" }
            );
            _letter = (await drafted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetGuid();
            _case = journey.CaseId;
            var unborn = (await journey.Worker.GetFromJsonAsync<JsonElement>($"/api/cases/{_case}"))
                .GetProperty("children")
                .EnumerateArray()
                .First(c => c.GetProperty("isUnborn").GetBoolean())
                .GetProperty("id")
                .GetGuid();

            var c = $"/api/cases/{_case}";
            var l = $"/api/letters/{_letter}";
            Add("POST", "/api/cases", CaseRequests.Family());
            Add("GET", "/api/cases", null);
            Add("GET", c, null);
            Add(
                "POST",
                "/api/gateway-meetings",
                new
                {
                    meetingDate = "2026-03-09",
                    chair = "Head of Service",
                    attendees = new[] { new { name = "A", role = "B" } },
                    agenda = new[] { _case },
                }
            );
            Add("GET", $"/api/gateway-meetings/{gateway}", null);
            Add("POST", $"/api/gateway-meetings/{gateway}/agenda", new { caseId = _case });
            Add(
                "POST",
                $"/api/gateway-meetings/{gateway}/decisions",
                new
                {
                    caseId = _case,
                    version = "{case}",
                    option = "NoFurtherLegalAction",
                    rationale = "Enough change.",
                    thresholdMet = false,
                }
            );
            Add("GET", $"{c}/plan", null);
            Add("PUT", $"{c}/plan", Versioned(Plan));
            Add("POST", $"{c}/assessments", Versioned(Assessment));
            Add(
                "PUT",
                $"{c}/assessments/{assessment}",
                new
                {
                    version = "{case}",
                    dueOn = "2026-04-30",
                    completedOn = "2026-03-02",
                    outcome = "Positive.",
                }
            );
            Add("GET", $"{c}/meetings", null);
            Add(
                "POST",
                $"{c}/meetings",
                new
                {
                    version = "{case}",
                    kind = "Review",
                    scheduledOn = "2026-04-13",
                    startsAt = "10:00",
                    place = "Office",
                }
            );
            Add(
                "POST",
                $"{c}/meetings/{meeting}/outcome",
                new
                {
                    version = "{case}",
                    heldOn = "2026-03-02",
                    attendees = "Sam, Jo",
                    parentsSolicitorsPresent = true,
                    progress = "Some",
                    decision = "Continue",
                    notes = "Agreed the plan.",
                    actionResults = new[] { new { actionId = Guid.NewGuid(), result = "CarriedOn" } },
                    newActions = new[]
                    {
                        new
                        {
                            owner = "Parent",
                            description = "Go to the parenting course.",
                            dueOn = "2026-04-01",
                        },
                    },
                }
            );
            Add("POST", $"{c}/letter-sent", new { version = "{case}", sentOn = "2026-03-02" });
            Add(
                "POST",
                $"{c}/children/{unborn}/birth",
                new
                {
                    version = "{case}",
                    dateOfBirth = "2026-03-01",
                    firstName = "Bea",
                }
            );
            Add(
                "POST",
                $"{c}/delay-rationales",
                new
                {
                    version = "{case}",
                    reason = "Other",
                    narrative = "Waiting for a report.",
                    revisedDate = "2026-03-20",
                }
            );
            Add(
                "POST",
                $"{c}/extensions",
                new
                {
                    version = "{case}",
                    weeks = 2,
                    rationale = "The expert report is late.",
                }
            );
            Add(
                "POST",
                $"{c}/exit",
                new
                {
                    version = "{case}",
                    outcome = "ProceedingsIssued",
                    on = "2026-03-02",
                    reason = "No change.",
                }
            );
            Add("GET", $"{c}/review-points", null);
            Add("GET", $"{c}/timeline", null);
            Add(
                "POST",
                "/api/plain-language/check",
                new
                {
                    text = "Dear Sam, we are worried about Amy.",
                    meta = new { kind = "letter-before-proceedings", childNames = new[] { "Amy" } },
                }
            );
            Add("POST", $"{c}/letters", new { kind = "LetterBeforeProceedings" });
            Add("GET", $"{c}/letters", null);
            Add("GET", l, null);
            Add("GET", $"{l}/html", null);
            Add("GET", $"{l}/docx", null);
            Add("POST", $"{l}/regenerate", new { version = "{letter}" });
            Add("POST", $"{l}/approve", new { version = "{letter}" });
            Add(
                "POST",
                $"{l}/issue",
                new { version = "{letter}", overrideReason = "Urgent safeguarding: the court timetable cannot wait." }
            );
            Add("GET", "/api/overview", null);
            Add("GET", "/api/overview.csv", null);
        }

        private static readonly object Plan = new
        {
            concerns = new[] { new { description = "Amy was alone at home.", occurredOn = "2026-02-14" } },
            changes = new[]
            {
                new
                {
                    what = "Make sure an adult is at home.",
                    who = "Sam",
                    byWhen = "2026-04-30",
                },
            },
            support = new[]
            {
                new
                {
                    service = "Family support",
                    who = "Early help",
                    when = "Tuesdays",
                },
            },
            familyNetwork = new
            {
                fgcOffered = true,
                offeredOn = "2026-03-01",
                declined = false,
            },
            contingencyPlan = "If Amy is not safe, we will ask the court to decide where she lives.",
        };

        private static readonly object Assessment = new
        {
            kind = "Parenting",
            assessor = "An assessor",
            commissionedOn = "2026-03-02",
            dueOn = "2026-04-02",
        };

        private static Dictionary<string, object?> Versioned(object body)
        {
            var merged = JsonSerializer
                .SerializeToElement(body)
                .EnumerateObject()
                .ToDictionary(p => p.Name, p => (object?)p.Value);
            merged["version"] = "{case}";
            return merged;
        }

        private void Add(string method, string path, object? body) =>
            Routes.Add(
                new Route(method, path, body is null ? null : JsonSerializer.Serialize(body, JsonSerializerOptions.Web))
            );

        /// <summary>Sends the route's body, broken by <paramref name="mutate"/>, with the case's and letter's current
        /// versions.</summary>
        public async Task<(HttpResponseMessage Response, string? Sent)> SendAsync(
            Route route,
            bool asManager,
            string accept,
            string query,
            Func<JsonNode?, string?> mutate
        )
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer",
                TestTokens.For(asManager ? "tm-1" : "user-1", [.. All])
            );
            var request = new HttpRequestMessage(
                new HttpMethod(route.Method),
                route.Method == "GET" ? route.Path + query : route.Path
            );
            if (accept.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            string? sent = null;
            if (route.Body is not null)
            {
                var versions = await InDatabaseAsync(db =>
                    Task.FromResult(
                        (
                            db.Cases.Where(x => x.Id == _case).Select(x => x.Version).Single(),
                            db.Letters.Where(x => x.Id == _letter).Select(x => x.Version).Single()
                        )
                    )
                );
                var body = route
                    .Body.Replace("\"{case}\"", $"{versions.Item1}", StringComparison.Ordinal)
                    .Replace("\"{letter}\"", $"{versions.Item2}", StringComparison.Ordinal);
                sent = mutate(JsonNode.Parse(body));
                request.Content = new StringContent(sent ?? "", Encoding.UTF8, "application/json");
            }

            return (await client.SendAsync(request), sent);
        }

        /// <summary>Row counts and versions of everything a command can write (reads' access log aside).</summary>
        public string Fingerprint()
        {
            using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            string[] tables =
            [
                "Cases",
                "Children",
                "FamilyMembers",
                "Episodes",
                "GatewayDecisions",
                "Meetings",
                "AgreementActions",
                "Assessments",
                "DelayRationales",
                "Extensions",
                "Letters",
                "GatewayMeetings",
                "Timeline",
                "AuditRecords",
            ];
            command.CommandText =
                "SELECT "
                + string.Join(" || ',' || ", tables.Select(t => $"(SELECT COUNT(*) FROM {t})"))
                + " || ',' || (SELECT TOTAL(Version) FROM Cases) || ',' || (SELECT TOTAL(Version) FROM Letters) || "
                + "',' || (SELECT TOTAL(Version) FROM GatewayMeetings)";
            return (string)command.ExecuteScalar()!;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
