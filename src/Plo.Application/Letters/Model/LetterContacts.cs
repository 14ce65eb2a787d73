using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Cases;

namespace Plo.Application.Letters.Model;

/// <summary>A person a letter names as a contact, from the staff directory.</summary>
public sealed record StaffContact(string Name, string? Phone, string? Email);

/// <summary>Who a family's letters name: the allocated social worker and lawyer (the council's own details stand in for
/// what is missing).</summary>
public sealed record LetterContacts(StaffContact? SocialWorker, StaffContact? Lawyer)
{
    public static async Task<LetterContacts> LoadAsync(IPloDbContext db, Allocation allocation, CancellationToken ct)
    {
        var ids = new[] { allocation.SocialWorkerId, allocation.LegalAdviserId };
        var staff = await db
            .Staff.AsNoTracking()
            .Where(s => ids.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => new StaffContact(s.DisplayName, s.Phone, s.Email), ct);
        return new LetterContacts(
            staff.GetValueOrDefault(allocation.SocialWorkerId),
            allocation.LegalAdviserId is { } lawyer ? staff.GetValueOrDefault(lawyer) : null
        );
    }
}
