using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// An area's figures for a period, as the caller may see them. Every partner may read every area; an area's figures
/// are shown in full only to DfE and to the area's own LA, or for a setting to the school or AP provider itself.
/// Everyone else (another LA, another setting, and every LA for a region or the nation) sees them under disclosure
/// control. Budgets, plans and the funding framework are not counts of children, and are shown in full to all, but a
/// draft plan's findings only to those who see its area in full (a draft is its LA's own until published). A
/// setting has only what is counted at it: the movements naming it, and the AP placements and outcomes at it.
/// </summary>
public sealed class ReadSummary(
    MovementCounts movements, ApPlacementCounts placements, AlertRecords alerts, PupilStatuses statuses, TailoredListCounts tailoredLists,
    ApBudgets budgets, ApCommitments commitments, Frameworks frameworks, PlanRecords plans, ApOutcomes outcomes, PupilHeadcounts headcounts,
    EhcCases ehcCases, EhcAppeals ehcAppeals)
{
    public sealed record Summary(Area Area, Period Period, bool Withheld, IReadOnlyList<FigureTable> Tables);

    public static bool SeesInFull(CallerOrganisation caller, Area area) =>
        caller.Type == OrganisationType.Dfe
        || area.Level == Area.LocalAuthority && caller.IsLocalAuthorityOf(area.Code)
        || area.Level == Area.School && caller.Type is OrganisationType.School or OrganisationType.ApProvider && caller.OrgId == area.Code;

    public async Task<Summary> ReadAsync(CallerOrganisation caller, Area area, Period period, CancellationToken cancellationToken)
    {
        var withhold = !SeesInFull(caller, area);
        if (area.Level == Area.School) return await SettingAsync(area, period, withhold, cancellationToken);
        var movementTallies = await movements.TalliesAsync(area, period, cancellationToken);
        var placementTallies = await placements.TalliesAsync(area, period, cancellationToken);
        var outcomeTallies = await outcomes.TalliesAsync(area.LaCodes, Period.AcademicYearOf(period.Start).Code, cancellationToken);
        var alertFacts = await alerts.InAreaAsync(area, period, cancellationToken);
        var notInSchool = await statuses.OnAsync(area, period.End, cancellationToken);
        var years = period.FinancialYears.Select(y => y.ToString()).ToList();
        var budgetFigures = await budgets.ForAsync(area.LaCodes, years, cancellationToken);
        var committedFigures = await commitments.ForAsync(area.LaCodes, years, cancellationToken);
        var published = await frameworks.ForAsync(years, cancellationToken);
        var listTallies = await tailoredLists.TalliesAsync(area, period, cancellationToken);
        var plansInForce = await plans.InForceAsync(area.LaCodes, cancellationToken);
        var pupils = await headcounts.OfAsync(area.LaCodes, Period.AcademicYearOf(period.Start).Code, cancellationToken);
        var ehcTally = await ehcCases.TallyAsync(area, period, cancellationToken);
        var appealTally = await ehcAppeals.TallyAsync(area, period, cancellationToken);
        var movementTables = MovementTables.Build(movementTallies, withhold);
        return new Summary(area, period, withhold,
        [
            .. movementTables,
            MovementRateTables.Build(movementTables[0], pupils, period),
            NotInSchoolTables.Build(notInSchool, withhold),
            AlertTables.Build(alertFacts, period, withhold),
            .. ApPlacementTables.Build(placementTallies, withhold),
            ApOutcomeTables.Build(outcomeTallies, period, withhold),
            .. ApBudgetTables.Build(budgetFigures, committedFigures, period),
            FrameworkTables.Build(published, period),
            TailoredListTables.Build(listTallies, withhold),
            .. PlanTables.Build(plansInForce, area.LaCodes.Count, period, includeDrafts: !withhold),
            .. EhcTables.Build(ehcTally, withhold),
            EhcAppealTables.Build(appealTally, withhold),
        ]);
    }

    private async Task<Summary> SettingAsync(Area setting, Period period, bool withhold, CancellationToken cancellationToken)
    {
        var movementTallies = await movements.TalliesAsync(setting, period, cancellationToken);
        var placementTallies = await placements.TalliesAsync(setting, period, cancellationToken);
        var outcomeTallies = await outcomes.ProviderTalliesAsync(setting.Code, Period.AcademicYearOf(period.Start).Code, cancellationToken);
        return new Summary(setting, period, withhold,
        [
            .. MovementTables.Build(movementTallies, withhold),
            .. ApPlacementTables.Build(placementTallies, withhold),
            ApOutcomeTables.Build(outcomeTallies, period, withhold),
        ]);
    }
}
