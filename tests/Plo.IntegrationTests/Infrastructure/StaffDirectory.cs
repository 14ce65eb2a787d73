using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Security;
using Plo.Domain.Staff;
using Plo.Infrastructure.Persistence;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>
/// Tests take the staff directory for granted: everyone a test signs in as, or allocates a case to, is an active member
/// with the roles the test gives them (added to, never taken away). Tests about the directory itself use its API.
/// </summary>
public sealed class StaffDirectory(IServiceProvider services)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _known = new();

    public void Register(string userId, IEnumerable<string> roles)
    {
        var wanted = roles.Where(Roles.All.Contains).ToHashSet();
        if (wanted.Count == 0 || (_known.TryGetValue(userId, out var had) && wanted.IsSubsetOf(had)))
        {
            return;
        }

        lock (_known)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
            var member = db.Staff.SingleOrDefault(s => s.UserId == userId);
            if (member is null)
            {
                db.Staff.Add(
                    StaffMember.Create(
                        userId,
                        new StaffDetails(NameFor(userId), [.. wanted], null, null, null, null, true)
                    )
                );
            }
            else if (!wanted.IsSubsetOf(member.Roles))
            {
                member.Update(
                    new StaffDetails(
                        member.DisplayName,
                        [.. member.Roles.Union(wanted)],
                        member.TeamId,
                        null,
                        null,
                        null,
                        true
                    )
                );
            }

            db.SaveChanges();
            _known[userId] = [.. wanted.Union(had ?? [])];
        }
    }

    /// <summary>A readable name from an id, as a person would have ("user-1" becomes "User 1").</summary>
    public static string NameFor(string userId) =>
        string.Join(
            ' ',
            userId
                .Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => char.ToUpperInvariant(p[0]) + p[1..])
        );

    /// <summary>Puts the staff that a case-opening request allocates into the directory before the request is
    /// sent.</summary>
    public sealed class EnrollAllocatedStaff(StaffDirectory directory) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            if (
                request.Method == HttpMethod.Post
                && request.RequestUri?.AbsolutePath.TrimEnd('/') == "/api/cases"
                && request.Content is not null
            )
            {
                var body = await request.Content.ReadAsStringAsync(cancellationToken);
                try
                {
                    var json = JsonDocument.Parse(body).RootElement;
                    Enroll(json, "socialWorkerId", Roles.SocialWorker);
                    Enroll(json, "teamManagerId", Roles.TeamManager);
                    Enroll(json, "legalAdviserId", Roles.LegalAdviser);
                }
                catch (JsonException)
                {
                    // Not JSON: a test of bad input, which names nobody.
                }

                request.Content = new StringContent(
                    body,
                    System.Text.Encoding.UTF8,
                    request.Content.Headers.ContentType?.MediaType ?? "application/json"
                );
            }

            return await base.SendAsync(request, cancellationToken);
        }

        private void Enroll(JsonElement body, string field, string role)
        {
            if (
                body.ValueKind == JsonValueKind.Object
                && body.TryGetProperty(field, out var id)
                && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 and <= 100 } userId
                && userId.Trim() == userId
            )
            {
                directory.Register(userId, [role]);
            }
        }
    }
}
