using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Plo.Domain.Auditing;
using Plo.Domain.Cases;

namespace Plo.Application.Common.Abstractions;

/// <summary>The unit of work handlers use (no repositories: EF Core is the abstraction).</summary>
public interface IPloDbContext
{
    DbSet<FamilyCase> Cases { get; }
    DbSet<AuditRecord> AuditRecords { get; }
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
