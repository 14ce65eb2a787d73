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
                theirs.Reallocate(new Allocation("sw-2", "tm-1", null));
                return await second.SaveChangesAsync();
            });

            mine.Reallocate(new Allocation("sw-3", "tm-1", null));
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
