using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Open-data rows as the CSV file an analyst loads like any DfE statistics file: snake_case headers, RFC 4180 quoting.
/// The API and the pages download the same file.
/// </summary>
internal static class OpenDataCsv
{
    private sealed class Layout : ClassMap<OpenDataRow>
    {
        public Layout()
        {
            Map(r => r.TimePeriod).Name("time_period");
            Map(r => r.TimeIdentifier).Name("time_identifier");
            Map(r => r.GeographicLevel).Name("geographic_level");
            Map(r => r.CountryCode).Name("country_code");
            Map(r => r.CountryName).Name("country_name");
            Map(r => r.RegionCode).Name("region_code");
            Map(r => r.RegionName).Name("region_name");
            Map(r => r.NewLaCode).Name("new_la_code");
            Map(r => r.OldLaCode).Name("old_la_code");
            Map(r => r.LaName).Name("la_name");
            Map(r => r.Table).Name("table");
            Map(r => r.Breakdown).Name("breakdown");
            Map(r => r.Category).Name("category");
            Map(r => r.Value).Name("value");
        }
    }

    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(Domain.Geography.Area area, Domain.Periods.Period period) => $"send-dashboard-{area.Code}-{period.Code}.csv";

    public static byte[] Write(IEnumerable<OpenDataRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            csv.Context.RegisterClassMap<Layout>();
            csv.WriteRecords(rows);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
