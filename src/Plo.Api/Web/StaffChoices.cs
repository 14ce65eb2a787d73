using Plo.Application.Staff;

namespace Plo.Api.Web;

/// <summary>Staff as a select's choices: "Choose" first, then each member in one of the roles, with their team.
/// </summary>
public static class StaffChoices
{
    public static IEnumerable<Choice> For(IEnumerable<StaffMemberDto> staff, IReadOnlyCollection<string> roles) =>
        [
            new Choice("", "Choose"),
            .. staff
                .Where(s => s.Roles.Any(roles.Contains))
                .Select(s => new Choice(
                    s.UserId,
                    s.TeamName is null ? s.DisplayName : $"{s.DisplayName} ({s.TeamName})"
                )),
        ];
}
