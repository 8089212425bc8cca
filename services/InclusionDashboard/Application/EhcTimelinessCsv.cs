using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// The timeliness data set as DfE publishes it on Explore Education Statistics: the time and geography columns, the
/// breakdown filter ("Total"), then one column per indicator, under the data set's own variable names.
/// </summary>
internal static class EhcTimelinessCsv
{
    public static string FileName(int year) => $"timeliness_20_week_{year}.csv";

    public static byte[] Write(IEnumerable<EhcTimelinessFile.Row> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            string[] header = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code",
                "old_la_code", "la_name", "breakdown_topic", "breakdown", .. EhcTimelinessFile.Indicators];
            foreach (var name in header) csv.WriteField(name);
            csv.NextRecord();
            foreach (var row in rows)
            {
                var (regionCode, regionName, newLaCode, oldLaCode, laName) = OpenData.Geography(row.Area);
                string[] fields = [row.Year, "Calendar year", row.Area.Level, OpenData.CountryCode, OpenData.CountryName, regionCode, regionName, newLaCode, oldLaCode,
                    laName, "Total", "Total", .. row.Values];
                foreach (var field in fields) csv.WriteField(field);
                csv.NextRecord();
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
