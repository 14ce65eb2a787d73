using Microsoft.Extensions.Time.Testing;
using Plo.Application.Cases.OpenCase;

namespace Plo.UnitTests.Application.Cases;

public class OpenCaseCommandValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly OpenCaseCommandValidator _validator = new(Clock);

    public static OpenCaseCommand Valid() =>
        new(
            [new ChildInput("Amy", "Example", new DateOnly(2022, 5, 1), null)],
            [
                new FamilyMemberInput(
                    "Sam",
                    "Example",
                    "Mother",
                    true,
                    new AddressInput("1 Test Street", null, "Testtown", "ZZ1 1AA"),
                    "English",
                    false,
                    null
                ),
            ],
            "sw-1",
            "tm-1",
            null
        );

    private IReadOnlyList<string> ErrorsFor(OpenCaseCommand command) =>
        _validator.Validate(command).Errors.Select(e => e.PropertyName).ToList();

    [Fact]
    public void Accepts_a_complete_case() => Assert.Empty(ErrorsFor(Valid()));

    [Fact]
    public void Requires_at_least_one_child() => Assert.Contains("Children", ErrorsFor(Valid() with { Children = [] }));

    [Fact]
    public void Refuses_missing_collections_without_crashing()
    {
        var errors = ErrorsFor(Valid() with { Children = null!, FamilyMembers = null! });
        Assert.Contains("Children", errors);
        Assert.Contains("FamilyMembers", errors);
    }

    [Fact]
    public void Refuses_a_birth_date_in_the_future() =>
        Assert.Contains(
            "Children[0].DateOfBirth",
            ErrorsFor(Valid() with { Children = [new ChildInput("Amy", "Example", new DateOnly(2026, 3, 3), null)] })
        );

    [Fact]
    public void Accepts_a_due_date_in_the_future_but_not_beyond_a_pregnancy()
    {
        Assert.Empty(
            ErrorsFor(Valid() with { Children = [new ChildInput("Baby", "Example", null, new DateOnly(2026, 9, 1))] })
        );
        Assert.Contains(
            "Children[0].ExpectedDueDate",
            ErrorsFor(Valid() with { Children = [new ChildInput("Baby", "Example", null, new DateOnly(2027, 3, 1))] })
        );
    }

    [Fact]
    public void Needs_a_birth_date_or_a_due_date_but_not_both()
    {
        Assert.Contains(
            "Children[0].dateOfBirth",
            ErrorsFor(Valid() with { Children = [new ChildInput("Amy", "Example", null, null)] })
        );
        Assert.Contains(
            "Children[0].dateOfBirth",
            ErrorsFor(
                Valid() with
                {
                    Children = [new ChildInput("Amy", "Example", new DateOnly(2022, 1, 1), new DateOnly(2026, 6, 1))],
                }
            )
        );
    }

    [Fact]
    public void Refuses_an_adult_as_a_child() =>
        Assert.Contains(
            "Children[0].DateOfBirth",
            ErrorsFor(Valid() with { Children = [new ChildInput("Amy", "Example", new DateOnly(2005, 1, 1), null)] })
        );

    [Fact]
    public void Needs_someone_with_parental_responsibility()
    {
        var command = Valid() with
        {
            FamilyMembers = [Valid().FamilyMembers[0] with { HasParentalResponsibility = false }],
        };
        Assert.Contains("FamilyMembers", ErrorsFor(command));
    }

    [Fact]
    public void Needs_an_address_for_people_who_get_letters() =>
        Assert.Contains(
            "FamilyMembers[0].Address",
            ErrorsFor(Valid() with { FamilyMembers = [Valid().FamilyMembers[0] with { Address = null }] })
        );

    [Theory]
    [InlineData("NOT A POSTCODE")]
    [InlineData("12345")]
    public void Refuses_a_postcode_of_the_wrong_shape(string postcode) =>
        Assert.Contains(
            "FamilyMembers[0].Address.Postcode",
            ErrorsFor(
                Valid() with
                {
                    FamilyMembers =
                    [
                        Valid().FamilyMembers[0] with
                        {
                            Address = new AddressInput("1 Test Street", null, "Testtown", postcode),
                        },
                    ],
                }
            )
        );

    [Fact]
    public void Limits_name_lengths_and_requires_staff() =>
        Assert.Equivalent(
            new[] { "Children[0].FirstName", "SocialWorkerId", "TeamManagerId" },
            ErrorsFor(
                Valid() with
                {
                    Children = [new ChildInput(new string('a', 101), "Example", new DateOnly(2022, 5, 1), null)],
                    SocialWorkerId = "",
                    TeamManagerId = " ",
                }
            )
        );

    [Fact]
    public void Checks_a_solicitor_email()
    {
        var member = Valid().FamilyMembers[0] with
        {
            Solicitor = new SolicitorInput("Pat Law", "Firm", "01632 960000", "not-an-email"),
        };
        Assert.Contains("FamilyMembers[0].Solicitor.Email", ErrorsFor(Valid() with { FamilyMembers = [member] }));
    }
}
