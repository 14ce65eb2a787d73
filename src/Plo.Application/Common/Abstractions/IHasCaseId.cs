namespace Plo.Application.Common.Abstractions;

/// <summary>A command or result that names a case, so the audit record can point at it.</summary>
public interface IHasCaseId
{
    Guid CaseId { get; }
}
