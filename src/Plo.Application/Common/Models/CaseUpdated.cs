using Plo.Application.Common.Abstractions;

namespace Plo.Application.Common.Models;

/// <summary>The answer to a journey command: the case's new version (send it with the next change) and any item
/// created.</summary>
public sealed record CaseUpdated(Guid CaseId, int Version, Guid? ItemId = null) : IHasCaseId;
