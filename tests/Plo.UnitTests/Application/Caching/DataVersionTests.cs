using Plo.Application.Common.Abstractions;

namespace Plo.UnitTests.Application.Caching;

public class DataVersionTests
{
    private readonly DataVersion _version = new();
    private readonly Guid _a = Guid.NewGuid();
    private readonly Guid _b = Guid.NewGuid();

    [Fact]
    public void The_cases_changed_between_two_versions_are_those_of_every_change_between_them()
    {
        _version.Bump([_a]);
        var first = _version.Current;
        _version.Bump([_b]);
        _version.Bump([_a]);

        Assert.Equal(new[] { _a, _b }.Order(), _version.CasesChanged(0, _version.Current)!.Order());
        Assert.Equal(new[] { _a, _b }.Order(), _version.CasesChanged(first, _version.Current)!.Order());
        Assert.Equal([_b], _version.CasesChanged(first, first + 1));
        Assert.Empty(_version.CasesChanged(_version.Current, _version.Current)!);
    }

    [Fact]
    public void A_change_to_other_data_between_them_means_any_case_may_have_changed()
    {
        _version.Bump([_a]);
        var before = _version.Current;
        _version.Bump();
        _version.Bump([_b]);

        Assert.Null(_version.CasesChanged(0, _version.Current));
        Assert.Null(_version.CasesChanged(before, _version.Current));
        Assert.Equal([_b], _version.CasesChanged(before + 1, _version.Current));
    }

    [Fact]
    public void A_change_to_the_staff_directory_touches_no_case_for_a_reader_of_every_case()
    {
        _version.Bump([_a]);
        var before = _version.Current;
        _version.Bump([], directory: true);
        _version.Bump([_b], directory: true);

        Assert.Null(_version.CasesChanged(before, _version.Current));
        Assert.Equal([_b], _version.CasesChanged(before, _version.Current, directoryAside: true));
        _version.Bump();
        Assert.Null(_version.CasesChanged(before, _version.Current, directoryAside: true));
    }

    [Fact]
    public void Changes_no_longer_remembered_mean_any_case_may_have_changed()
    {
        for (var i = 0; i <= DataVersion.Remembered; i++)
        {
            _version.Bump([_a]);
        }

        Assert.Null(_version.CasesChanged(0, _version.Current));
        Assert.Equal([_a], _version.CasesChanged(1, _version.Current));
    }
}
