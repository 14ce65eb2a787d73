using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Domain.Staff;

/// <summary>A team of social workers and the team manager who oversees their cases.</summary>
public sealed class Team : AggregateRoot
{
    private Team() { }

    public string Name { get; private set; } = "";
    public string? ManagerId { get; private set; }

    public static Team Create(string name, string? managerId) =>
        new()
        {
            Name = Guard.Text(name, "Name", FieldLengths.Name),
            ManagerId = Guard.OptionalText(managerId, "Manager", FieldLengths.UserId),
        };

    public void Update(string name, string? managerId)
    {
        Name = Guard.Text(name, "Name", FieldLengths.Name);
        ManagerId = Guard.OptionalText(managerId, "Manager", FieldLengths.UserId);
        Changed();
    }
}
