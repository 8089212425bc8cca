using System.Globalization;
using Grpc.Core;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using Proto = SendPlatform.Contracts.Dashboard.V1;

namespace SendPlatform.InclusionDashboard.Api;

public sealed class DashboardApi(ReadSummary summaries, ReadSeries series, ReadEhcTimeliness timeliness, TimeProvider clock) : Proto.InclusionDashboard.InclusionDashboardBase
{
    public override Task<Proto.DashboardSummary> GetNationalSummary(Proto.GetNationalSummaryRequest request, ServerCallContext context) =>
        SummaryAsync(context, Area.England, SummaryRequests.PeriodOnly(request.Period, clock));

    public override Task<Proto.DashboardSummary> GetRegionSummary(Proto.GetRegionSummaryRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var area = SummaryRequests.RegionOf(request.Region, v);
        var period = SummaryRequests.PeriodOf(request.Period, clock, v);
        v.ThrowIfAny();
        return SummaryAsync(context, area!, period);
    }

    public override Task<Proto.DashboardSummary> GetLocalAuthoritySummary(Proto.GetLocalAuthoritySummaryRequest request, ServerCallContext context)
    {
        var (area, period) = SummaryRequests.LocalAuthorityAndPeriod(request.LaCode, request.Period, clock);
        return SummaryAsync(context, area, period);
    }

    public override Task<Proto.DashboardSummary> GetSettingSummary(Proto.GetSettingSummaryRequest request, ServerCallContext context)
    {
        var (area, period) = SummaryRequests.SettingAndPeriod(request.Urn, request.Period, clock);
        return SummaryAsync(context, area, period);
    }

    public override async Task<Proto.Series> GetLocalAuthoritySeries(Proto.GetLocalAuthoritySeriesRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var area = SummaryRequests.LocalAuthorityOf(request.LaCode, v);
        var measure = SummaryRequests.MeasureOf(request.Measure, v);
        var (from, to) = SummaryRequests.MonthsOf(request.From, request.To, clock, v);
        v.ThrowIfAny();
        var read = await series.ReadAsync(context.GetCaller(), area!, measure!, from, to, context.CancellationToken);
        return new Proto.Series
        {
            LaCode = area!.Code,
            LaName = area.Name,
            Measure = measure!.Id,
            Label = measure.Label,
            Definition = measure.Definition,
            SourceEvent = measure.SourceEvent,
            Suppressed = read.Withheld,
            Points = { read.Points.Select(p => new Proto.SeriesPoint { Month = p.Month, Value = p.Value }) },
        };
    }

    public override Task<Google.Api.HttpBody> ExportLocalAuthority(Proto.GetLocalAuthoritySummaryRequest request, ServerCallContext context)
    {
        var (area, period) = SummaryRequests.LocalAuthorityAndPeriod(request.LaCode, request.Period, clock);
        return ExportAsync(context, area, period);
    }

    public override Task<Google.Api.HttpBody> ExportNational(Proto.GetNationalSummaryRequest request, ServerCallContext context) =>
        ExportAsync(context, Area.England, SummaryRequests.PeriodOnly(request.Period, clock));

    public override async Task<Google.Api.HttpBody> ExportEhcTimeliness(Proto.ExportEhcTimelinessRequest request, ServerCallContext context)
    {
        var year = SummaryRequests.CalendarYear(request.Year, clock);
        var rows = await timeliness.ReadAsync(context.GetCaller(), year, context.CancellationToken);
        context.GetHttpContext().Response.Headers.ContentDisposition = $"attachment; filename=\"{EhcTimelinessCsv.FileName(year)}\"";
        return new Google.Api.HttpBody { ContentType = OpenDataCsv.ContentType, Data = Google.Protobuf.ByteString.CopyFrom(EhcTimelinessCsv.Write(rows)) };
    }

    public override Task<Proto.Glossary> GetGlossary(Proto.GetGlossaryRequest request, ServerCallContext context) =>
        Task.FromResult(new Proto.Glossary { Terms = { Glossary.Terms.Select(t => new Proto.GlossaryTerm { Term = t.Term, Meaning = t.Meaning }) } });

    private async Task<Google.Api.HttpBody> ExportAsync(ServerCallContext context, Area area, Domain.Periods.Period period)
    {
        var summary = await summaries.ReadAsync(context.GetCaller(), area, period, context.CancellationToken);
        context.GetHttpContext().Response.Headers.ContentDisposition = $"attachment; filename=\"{OpenDataCsv.FileName(area, period)}\"";
        return new Google.Api.HttpBody
        {
            ContentType = OpenDataCsv.ContentType,
            Data = Google.Protobuf.ByteString.CopyFrom(OpenDataCsv.Write(OpenData.Rows(area, period, summary.Tables))),
        };
    }

    private async Task<Proto.DashboardSummary> SummaryAsync(ServerCallContext context, Area area, Domain.Periods.Period period)
    {
        var summary = await summaries.ReadAsync(context.GetCaller(), area, period, context.CancellationToken);
        return new Proto.DashboardSummary
        {
            GeographicLevel = area.Level,
            AreaCode = area.Code,
            AreaName = area.Name,
            Period = period.Code,
            PeriodStart = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PeriodEnd = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Suppressed = summary.Withheld,
            Tables = { summary.Tables.Select(ToProto) },
        };
    }

    private static Proto.FigureTable ToProto(FigureTable table) => new()
    {
        Id = table.Id,
        Title = table.Title,
        Definition = table.Definition,
        SourceEvent = table.SourceEvent,
        Columns = { table.Columns },
        Rows = { table.Rows.Select(r => new Proto.FigureRow { Id = r.Id, Label = r.Label, Definition = r.Definition, Values = { r.Values }, Total = r.Total }) },
    };
}
