using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Letters;
using Plo.Domain.Staff;
using Plo.Domain.Timeline;

namespace Plo.Application.Common.Abstractions;

/// <summary>The unit of work handlers use (no repositories: EF Core is the abstraction).</summary>
public interface IPloDbContext
{
    DbSet<FamilyCase> Cases { get; }
    DbSet<AuditRecord> AuditRecords { get; }
    DbSet<AccessRecord> AccessLog { get; }
    DbSet<TimelineEntry> Timeline { get; }
    DbSet<GatewayMeeting> GatewayMeetings { get; }
    DbSet<Letter> Letters { get; }
    DbSet<StaffMember> Staff { get; }
    DbSet<Team> Teams { get; }

    // Parts of cases, for figures across cases without joining each row to its case: only for readers who reach every
    // case (Security.CaseReach.ReachesEveryCase), or for figures matched to reached cases afterwards; anything else
    // goes through Cases.
    DbSet<MetKeyDate> MetKeyDates { get; }
    DbSet<Episode> Episodes { get; }
    DbSet<AllocationChange> AllocationChanges { get; }
    DatabaseFacade Database { get; }

    /// <summary>The context itself, for the few queries compiled once (EF.CompileAsyncQuery) on paths every request
    /// takes.</summary>
    DbContext Context { get; }

    /// <summary>The command EF would run for this query, for the few reads that step through a data reader themselves,
    /// with the provider's index hints for queries tagged for them.</summary>
    DbCommand CommandFor<T>(IQueryable<T> query);

    /// <summary>Aggregates loaded or added in this unit of work (their pending events go to the timeline).</summary>
    IReadOnlyList<AggregateRoot> TrackedAggregates();

    /// <summary>Whether anything loaded or added in this unit of work has changed.</summary>
    bool HasChanges();

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
