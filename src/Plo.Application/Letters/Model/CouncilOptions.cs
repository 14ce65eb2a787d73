namespace Plo.Application.Letters.Model;

/// <summary>
/// The <c>Council</c> configuration section: the council's details, its legal team, the local
/// children-law solicitors enclosed with letters, and a staff directory for names and contacts.
/// </summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    public string Name { get; set; } = "";
    public List<string> AddressLines { get; set; } = [];
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public StaffEntry LegalTeam { get; set; } = new();
    public List<SolicitorEntry> Solicitors { get; set; } = [];
    public List<StaffEntry> Staff { get; set; } = [];
}

public sealed class SolicitorEntry
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
}

public sealed class StaffEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
}
