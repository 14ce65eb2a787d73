using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Persistence;

public class ConcurrencyTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [Fact]
    public async Task A_stale_writer_gets_a_concurrency_conflict()
    {
        var opened = await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker));

        await api.InDatabaseAsync(async first =>
        {
            var mine = await first.Cases.SingleAsync(c => c.Id == opened.CaseId);
            await api.InDatabaseAsync(async second =>
            {
                var theirs = await second.Cases.SingleAsync(c => c.Id == opened.CaseId);
                theirs.Reallocate(
                    AllocatedRole.SocialWorker,
                    "sw-2",
                    new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc),
                    "tm-1",
                    "Moved to another worker"
                );
                return await second.SaveChangesAsync();
            });

            mine.Reallocate(
                AllocatedRole.SocialWorker,
                "sw-3",
                new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc),
                "tm-1",
                "Moved to another worker"
            );
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
            return 0;
        });

        var stored = await api.InDatabaseAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == opened.CaseId));
        Assert.Equal("sw-2", stored.Allocation.SocialWorkerId);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task Audit_records_cannot_be_changed_or_deleted()
    {
        await CaseRequests.OpenAsync(api.ClientFor(Roles.SocialWorker));

        await api.InDatabaseAsync(async db =>
        {
            db.AuditRecords.Remove(await db.AuditRecords.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return 0;
        });
    }
}
