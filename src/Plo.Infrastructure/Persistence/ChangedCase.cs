using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Plo.Domain.Cases;

namespace Plo.Infrastructure.Persistence;

/// <summary>The case a changed entity belongs to, found through its foreign keys (owned parts through their
/// owners, as tracked beside them).</summary>
internal static class ChangedCase
{
    private const string CaseIdProperty = "CaseId";

    /// <summary>The case's id; null when the entity is not part of one case (a member of staff, a team).</summary>
    /// <param name="entry">The changed entity.</param>
    /// <param name="tracked">Every entity its context tracks (owners of owned parts are tracked with them).</param>
    public static Guid? Of(EntityEntry entry, IReadOnlyList<EntityEntry> tracked)
    {
        var type = entry.Metadata;
        if (type.ClrType == typeof(FamilyCase))
        {
            return (Guid)entry.Property(nameof(FamilyCase.Id)).CurrentValue!;
        }

        var keys = type.GetForeignKeys().ToList();
        if (keys.FirstOrDefault(k => k.PrincipalEntityType.ClrType == typeof(FamilyCase)) is { } toCase)
        {
            return entry.Property(toCase.Properties[0].Name).CurrentValue as Guid?;
        }

        // A timeline entry carries its case's id without a foreign key to the case.
        if (type.FindProperty(CaseIdProperty) is { ClrType: var clr } && clr == typeof(Guid))
        {
            return (Guid)entry.Property(CaseIdProperty).CurrentValue!;
        }

        foreach (var key in keys)
        {
            if (Principal(entry, key, tracked) is { } principal && Of(principal, tracked) is { } caseId)
            {
                return caseId;
            }
        }

        return null;
    }

    private static EntityEntry? Principal(EntityEntry dependent, IForeignKey key, IReadOnlyList<EntityEntry> tracked)
    {
        var values = key.Properties.Select(p => dependent.Property(p.Name).CurrentValue).ToList();
        return tracked.FirstOrDefault(e =>
            e.Metadata == key.PrincipalEntityType
            && key.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(values)
        );
    }
}
