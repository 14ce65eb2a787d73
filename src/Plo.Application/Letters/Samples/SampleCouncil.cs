using Plo.Application.Letters.Model;

namespace Plo.Application.Letters.Samples;

/// <summary>An invented council and staff for template lint and tests (real councils configure the <c>Council</c>
/// section).</summary>
public static class SampleCouncil
{
    public static CouncilOptions Options =>
        new()
        {
            Name = "Exampletown Council children's services",
            AddressLines = ["1 Civic Way", "Exampletown", "ZZ9 9ZZ"],
            Phone = "01632 960100",
            Email = "childrens.services@example.org",
            LegalTeam = new ContactEntry
            {
                Name = "the council's legal team",
                Phone = "01632 960200",
                Email = "legal@example.org",
            },
            Solicitors =
            [
                new SolicitorEntry
                {
                    Name = "Example Family Law",
                    Address = "3 High Street, Exampletown ZZ9 1AB",
                    Phone = "01632 960300",
                },
                new SolicitorEntry
                {
                    Name = "Sample and Partners",
                    Address = "12 Market Square, Exampletown ZZ9 2CD",
                    Phone = "01632 960400",
                },
            ],
        };

    /// <summary>The sample families' social worker and lawyer, as the staff directory would give them.</summary>
    public static LetterContacts Contacts =>
        new(
            new StaffContact("Jordan Shah", "01632 960123", "jordan.shah@example.org"),
            new StaffContact("Pat Rivers", "01632 960456", "pat.rivers@example.org")
        );
}
