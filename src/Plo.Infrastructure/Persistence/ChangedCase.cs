using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Plo.Domain.Cases;
using Plo.Domain.Gateway;

namespace Plo.Infrastructure.Persistence;

/// <summary>The case a changed entity belongs to, found through its foreign keys (owned parts through their
/// owners, as tracked beside them), or the cases a panel meeting's agenda lists.</summary>
internal static class ChangedCase
{
    private const string CaseIdProperty = "CaseId";

    /// <summary>The cases a changed entity touches: its case; for a legal gateway panel's meeting (or its attendees),
    /// the cases on its agenda before and after the change; null when it belongs to no case (a member of staff, a
    /// team).</summary>
    /// <param name="entry">The changed entity.</param>
    /// <param name="tracked">Every entity its context tracks (owners of owned parts are tracked with them).</param>
    public static IReadOnlyCollection<Guid>? CasesOf(EntityEntry entry, IReadOnlyList<EntityEntry> tracked)
    {
        var type = entry.Metadata;
        if (type.ClrType == typeof(FamilyCase))
        {
            return [(Guid)entry.Property(nameof(FamilyCase.Id)).CurrentValue!];
        }

        if (entry.Entity is GatewayMeeting)
        {
            return Agenda(entry);
        }

        var keys = type.GetForeignKeys().ToList();
        if (keys.FirstOrDefault(k => k.PrincipalEntityType.ClrType == typeof(FamilyCase)) is { } toCase)
        {
            return entry.Property(toCase.Properties[0].Name).CurrentValue is Guid caseId ? [caseId] : null;
        }

        // A timeline entry carries its case's id without a foreign key to the case.
        if (type.FindProperty(CaseIdProperty) is { ClrType: var clr } && clr == typeof(Guid))
        {
            return [(Guid)entry.Property(CaseIdProperty).CurrentValue!];
        }

        foreach (var key in keys)
        {
            if (Principal(entry, key, tracked) is { } principal && CasesOf(principal, tracked) is { } cases)
            {
                return cases;
            }
        }

        return null;
    }

    private static HashSet<Guid> Agenda(EntityEntry meeting)
    {
        var agenda = meeting.Property(nameof(GatewayMeeting.Agenda));
        return [.. Ids(agenda.CurrentValue), .. Ids(agenda.OriginalValue)];
    }

    private static IEnumerable<Guid> Ids(object? agenda) => agenda as IEnumerable<Guid> ?? [];

    private static EntityEntry? Principal(EntityEntry dependent, IForeignKey key, IReadOnlyList<EntityEntry> tracked)
    {
        var values = key.Properties.Select(p => dependent.Property(p.Name).CurrentValue).ToList();
        return tracked.FirstOrDefault(e =>
            e.Metadata == key.PrincipalEntityType
            && key.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(values)
        );
    }
}
