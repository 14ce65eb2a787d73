using Plo.Application.Common.Behaviours;

namespace Plo.UnitTests.Application.Behaviours;

public class FieldPathTests
{
    [Theory]
    [InlineData("SocialWorkerId", "socialWorkerId")]
    [InlineData("Children[0].FirstName", "children[0].firstName")]
    [InlineData("FamilyMembers[2].Address.Postcode", "familyMembers[2].address.postcode")]
    [InlineData("children[0].dateOfBirth", "children[0].dateOfBirth")]
    public void Matches_the_json_path(string property, string expected) =>
        Assert.Equal(expected, FieldPath.ToCamelCase(property));
}
