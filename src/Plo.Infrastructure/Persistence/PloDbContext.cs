using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Letters;
using Plo.Domain.Staff;
using Plo.Domain.Timeline;
using Plo.Infrastructure.Idempotency;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// The one context for both providers. Migrations live in migrations/Plo.Migrations.Sqlite and
/// migrations/Plo.Migrations.SqlServer; add every model change to both (see README).
/// </summary>
public sealed class PloDbContext(DbContextOptions<PloDbContext> options)
    : DbContext(options),
        IPloDbContext,
        IDataProtectionKeyContext
{
    public DbSet<FamilyCase> Cases => Set<FamilyCase>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<AccessRecord> AccessLog => Set<AccessRecord>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<GatewayMeeting> GatewayMeetings => Set<GatewayMeeting>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<MetKeyDate> MetKeyDates => Set<MetKeyDate>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<AllocationChange> AllocationChanges => Set<AllocationChange>();
    public DbContext Context => this;
    internal DbSet<CaseReferenceCounter> CaseReferenceCounters => Set<CaseReferenceCounter>();
    internal DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>The keys that protect sign-in cookies and anti-forgery tokens, shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PloDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC without an offset (SQLite cannot order DateTimeOffset); read them back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(200);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public IReadOnlyList<AggregateRoot> TrackedAggregates() =>
        [.. ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity)];

    public bool HasChanges() => ChangeTracker.HasChanges();

    public DbCommand CommandFor<T>(IQueryable<T> query) =>
        Database.IsSqlite() ? SqliteIndexHints.Apply(query.CreateDbCommand()) : query.CreateDbCommand();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyAudit.Enforce(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        AppendOnlyAudit.Enforce(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
