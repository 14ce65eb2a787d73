using Plo.Domain.Common;

namespace Plo.Domain.Cases;

/// <summary>Who the case is allocated to, and every change of worker since it opened.</summary>
public sealed partial class FamilyCase
{
    private readonly List<AllocationChange> _allocationHistory = [];

    public Allocation Allocation { get; private set; } = null!;
    public IReadOnlyList<AllocationChange> AllocationHistory => _allocationHistory;

    private void Allocate(Allocation allocation, DateTime at, string by)
    {
        Allocation = allocation with { }; // owned by this case alone (EF maps it into the case's row)
        _allocationHistory.Add(
            AllocationChange.Of(AllocatedRole.SocialWorker, null, allocation.SocialWorkerId, at, by, null)
        );
        _allocationHistory.Add(
            AllocationChange.Of(AllocatedRole.TeamManager, null, allocation.TeamManagerId, at, by, null)
        );
        if (allocation.LegalAdviserId is { } adviser)
        {
            _allocationHistory.Add(AllocationChange.Of(AllocatedRole.LegalAdviser, null, adviser, at, by, null));
        }
    }

    /// <summary>Moves one role of the allocation to another member of staff; the directory has checked who they
    /// are.</summary>
    /// <param name="role"></param>
    /// <param name="toUserId"></param>
    /// <param name="at"></param>
    /// <param name="by"></param>
    /// <param name="reason"></param>
    /// <param name="nameOf">Staff display names for the timeline, which speaks of people by name.</param>
    public void Reallocate(
        AllocatedRole role,
        string toUserId,
        DateTime at,
        string by,
        string reason,
        Func<string, string>? nameOf = null
    )
    {
        nameOf ??= id => id;
        EnsureOpen();
        var from = role switch
        {
            AllocatedRole.SocialWorker => Allocation.SocialWorkerId,
            AllocatedRole.TeamManager => Allocation.TeamManagerId,
            _ => Allocation.LegalAdviserId,
        };
        if (string.Equals(from, toUserId, StringComparison.Ordinal))
        {
            throw new DomainValidationException("userId", $"The case is already allocated to {toUserId}.");
        }

        var change = AllocationChange.Of(role, from, toUserId, at, by, Guard.Text(reason, "Reason", Limits.Narrative));
        _allocationHistory.Add(change);
        Allocation = role switch
        {
            AllocatedRole.SocialWorker => Allocation with { SocialWorkerId = change.ToUserId },
            AllocatedRole.TeamManager => Allocation with { TeamManagerId = change.ToUserId },
            _ => Allocation with { LegalAdviserId = change.ToUserId },
        };
        Changed();
        var what = Words.For(role).ToLowerInvariant();
        RaiseCorrection(
            "case-reallocated",
            $"{Words.For(role)} changed from {(from is null ? "nobody" : nameOf(from))} to {nameOf(change.ToUserId)}. "
                + $"Reason: {change.Reason}",
            $"{what}: {from ?? "none"}",
            $"{what}: {change.ToUserId}"
        );
    }
}
