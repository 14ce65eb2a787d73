namespace Plo.Application.Common.Abstractions;

/// <summary>A change to a case, made against the version the user last saw.</summary>
public interface ICaseCommand : IHasCaseId
{
    int Version { get; }
}
