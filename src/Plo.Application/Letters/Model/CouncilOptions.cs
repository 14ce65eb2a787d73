namespace Plo.Application.Letters.Model;

/// <summary>
/// The <c>Council</c> configuration section: council-wide details only (name, address, contacts, its legal team and
/// the local children-law solicitors enclosed with letters). People come from the staff directory.
/// </summary>
public sealed class CouncilOptions
{
    public const string Section = "Council";

    public string Name { get; set; } = "";
    public List<string> AddressLines { get; set; } = [];
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public ContactEntry LegalTeam { get; set; } = new();
    public List<SolicitorEntry> Solicitors { get; set; } = [];

    /// <summary>How long a letter of intent to issue gives before the council applies to court (at least a week
    /// after any meeting the letter offers).</summary>
    public int IntentToIssueNoticeDays { get; set; } = 14;
}

public sealed class SolicitorEntry
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
}

public sealed class ContactEntry
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
}
