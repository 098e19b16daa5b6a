# Mẫu câu tiếng Việt để viết quy tắc chấm điểm (Drools DSL). Hướng dẫn: rules/README.md, mục 9.
#
# Mỗi dòng "[when]câu=mã" hoặc "[then]câu=mã" định nghĩa một câu. Trong tệp quy tắc .dslr, một dòng viết đúng câu
# (phần "câu") được thay bằng phần "mã" trước khi biên dịch. [when] là câu điều kiện (sau "when"), [then] là câu hành
# động (sau "then"). Dòng bắt đầu bằng "#" là chú thích.
#
# Chỗ trống {ten} trong câu nhận giá trị viết ở vị trí đó trong .dslr, rồi được chép vào mọi chỗ {ten} trong phần mã.
# Chỗ trống {ten:mẫu} chỉ nhận giá trị khớp mẫu, ví dụ {tc:[A-Z][A-Z0-9.]*} chỉ nhận mã như TC4.2, D5.
# Quy ước chung của các câu:
#   {tc}       mã tiêu chí (TC4.2); {phan} mã phần của tiêu chí (a, b, ...);
#   {bien}     tên biến, bắt đầu bằng $ (ví dụ $s, $case, $monday), dùng lại ở các câu sau trong cùng quy tắc;
#   {hang_so}  mã hằng số thời hạn trong parameters.yaml (K26, K28_COMPLEX, ...);
#   {ho_so}    mã hồ sơ được kiểm tra, ví dụ $c.id();
#   {ngay}...  một ngày của hồ sơ, ví dụ $s.date(), $case.answeredDate() (để trống trong hồ sơ = chưa thực hiện);
#   "{vi}" / "{en}"  nội dung nghĩa vụ bằng tiếng Việt / tiếng Anh, in trong kết quả chấm (không dùng dấu " bên trong).
# Lưu ý khi thêm câu mới:
#   - sau một chỗ trống {..} không đặt ngay dấu phẩy hay dấu chấm (bộ đọc DSL báo lỗi): dùng dấu ";" hoặc một từ;
#   - không dùng dấu ngoặc ( ) trong phần câu; không dùng dấu gạch ngang dài trong phần câu;
#   - chỗ trống đặt trong ngoặc kép ở câu thì cũng phải đặt trong ngoặc kép ở phần mã (giữ cho việc kiểm tra an toàn
#     của tệp .dslr có hiệu lực).

# ---------------------------------------------------------------------------------------------------------------------
# 1. Câu điều kiện (when)
# ---------------------------------------------------------------------------------------------------------------------

# Mục hồ sơ (tên mục trong tệp hồ sơ, ví dụ "regulations", "receptionSessions") có trong báo cáo của xã. Dùng khi thiếu
# mục thì tiêu chí là "thiếu minh chứng" chứ không chấm 0 điểm.
[when]Mục hồ sơ "{muc:[A-Za-z]+}" có báo cáo=Section(name == "{muc}", present)

# Mục hồ sơ không có trong báo cáo của xã.
[when]Mục hồ sơ "{muc:[A-Za-z]+}" không có báo cáo=Section(name == "{muc}", !present)

# Thông tin chung của xã (tên, vùng sâu vùng xa, ...), đặt tên biến để dùng ở câu sau.
[when]Thông tin của xã là {bien:[$][A-Za-z0-9_]+}={bien} : Commune()

# Mỗi buổi tiếp công dân (mục receptionSessions): quy tắc chạy một lần cho từng buổi.
[when]Mỗi buổi tiếp công dân {bien:[$][A-Za-z0-9_]+}={bien} : ReceptionSession()

# Mỗi vụ việc được tiếp trong một buổi tiếp công dân đã đặt tên ở câu trước.
[when]Mỗi vụ việc {bien:[$][A-Za-z0-9_]+} được tiếp trong buổi {buoi:[$][A-Za-z0-9_]+}={bien} : ReceptionCase() from {buoi}.cases()

# Mỗi khiếu nại (mục complaints). Thêm dòng "- thuộc thẩm quyền" để chỉ xét khiếu nại thuộc thẩm quyền.
[when]Mỗi khiếu nại {bien:[$][A-Za-z0-9_]+}={bien} : Complaint()

# Mỗi tố cáo (mục denunciations).
[when]Mỗi tố cáo {bien:[$][A-Za-z0-9_]+}={bien} : Denunciation()

# Mỗi phản ánh, kiến nghị (mục petitions).
[when]Mỗi phản ánh, kiến nghị {bien:[$][A-Za-z0-9_]+}={bien} : Petition()

# Mỗi bản ghi của một loại dữ kiện bất kỳ (tên loại tiếng Anh như trong định dạng hồ sơ: Plan, Meeting, Disclosure, ...).
[when]Mỗi bản ghi loại {loai:[A-Za-z]+} {bien:[$][A-Za-z0-9_]+}={bien} : {loai}()

# Không có bản ghi nào của một loại (thường kèm các dòng "- ..." nói rõ bản ghi cần có): dùng cho hồ sơ bắt buộc hằng năm.
[when]Không có bản ghi loại {loai:[A-Za-z]+}=not {loai}()

# Mỗi tuần ISO có ít nhất một ngày làm việc trong kỳ; biến là ngày thứ Hai của tuần (tuần đầu năm có thể bắt đầu từ
# thứ Hai của năm trước, ví dụ 30/12/2024 với năm 2025).
[when]Mỗi tuần có ngày làm việc trong kỳ bắt đầu từ thứ Hai {thu_hai:[$][A-Za-z0-9_]+}={thu_hai} : LocalDate() from law.weeksWithWorkingDays()

# Nhóm G4: danh sách mã các buổi tiếp công dân tại trụ sở do Chủ tịch hoặc người được giao quyền Chủ tịch tiếp, có ngày
# trong kỳ và trong tuần bắt đầu từ thứ Hai đã đặt tên (từ thứ Hai đến Chủ nhật). Danh sách có thể rỗng.
[when]Các buổi Chủ tịch hoặc người được giao quyền Chủ tịch tiếp công dân tại trụ sở trong tuần {thu_hai:[$][A-Za-z0-9_]+} là {ds:[$][A-Za-z0-9_]+}=accumulate( ReceptionSession( receiverRole == ReceiverRole.CHAIRMAN || receiverRole == ReceiverRole.ACTING_CHAIRMAN, atHeadquarters, law.inPeriod(date), !date.isBefore({thu_hai}), !date.isAfter({thu_hai}.plusDays(6)), $maBuoiTiep : id ); {ds} : collectList($maBuoiTiep) )

# ---------------------------------------------------------------------------------------------------------------------
# 2. Dòng ràng buộc "- ..." (when): thêm điều kiện vào câu "Mỗi ..." hoặc "Không có bản ghi loại ..." ngay phía trên.
#    Không dùng sau câu "Mỗi vụ việc ... được tiếp trong buổi ..." hay câu "Các buổi ...".
# ---------------------------------------------------------------------------------------------------------------------

# Vụ việc không thuộc thẩm quyền của xã (khiếu nại, tố cáo, phản ánh, kiến nghị).
[when]-không thuộc thẩm quyền=!withinCompetence

# Vụ việc thuộc thẩm quyền của xã.
[when]-thuộc thẩm quyền=withinCompetence

# Tố cáo có ghi tên người tố cáo.
[when]-không nặc danh=!anonymous

# Bản ghi đã có một ngày (tên trường ngày trong định dạng hồ sơ, ví dụ acceptedDate, decisionDate).
[when]-đã có ngày {truong:[A-Za-z]+}={truong} != null

# Bản ghi chưa có một ngày.
[when]-chưa có ngày {truong:[A-Za-z]+}={truong} == null

# Một ngày của bản ghi nằm trong kỳ đánh giá.
[when]-ngày {truong:[A-Za-z]+} trong kỳ=law.inPeriod({truong})

# Bản ghi có năm (trường year) là năm đánh giá.
[when]-thuộc năm đánh giá=year == law.year()

# ---------------------------------------------------------------------------------------------------------------------
# 3. Câu hành động (then): ghi nhận một trường hợp kiểm tra của tiêu chí. Mỗi câu có hai dạng: có phần ("tiêu chí TC4.2
#    phần b") và không có phần ("tiêu chí TC5.1"). Trường hợp được tính vào năm của ngày ghi ở câu (ngày hết hạn,
#    ngày sự kiện, cuối kỳ, ...).
# ---------------------------------------------------------------------------------------------------------------------

# Thời hạn "trong N ngày (ngày làm việc) kể từ ...": hạn tính theo hằng số đang có hiệu lực vào ngày bắt đầu tính; đạt
# nếu việc được thực hiện không muộn hơn ngày hết hạn; không có ngày thực hiện là không đạt.
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*} phần {phan:[a-z]}: hồ sơ {ho_so}; hạn theo {hang_so:[A-Z0-9_]+} tính từ ngày {tu_ngay}; thực hiện ngày {ngay}; nghĩa vụ "{vi}" / "{en}"=insert(checks.deadline("{tc}", "{phan}", {ho_so}, law.deadline("{hang_so}", {tu_ngay}), {ngay}, "{vi}", "{en}"));
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*}: hồ sơ {ho_so}; hạn theo {hang_so:[A-Z0-9_]+} tính từ ngày {tu_ngay}; thực hiện ngày {ngay}; nghĩa vụ "{vi}" / "{en}"=insert(checks.deadline("{tc}", "", {ho_so}, law.deadline("{hang_so}", {tu_ngay}), {ngay}, "{vi}", "{en}"));

# Thông báo "trước ít nhất N ngày": đạt nếu đã thông báo không muộn hơn ngày sự kiện trừ N ngày.
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*} phần {phan:[a-z]}: hồ sơ {ho_so}; thông báo trước ngày {su_kien} ít nhất theo {hang_so:[A-Z0-9_]+}; thông báo ngày {ngay}; nghĩa vụ "{vi}" / "{en}"=insert(checks.notice("{tc}", "{phan}", {ho_so}, law.noticeBefore("{hang_so}", {su_kien}), {ngay}, "{vi}", "{en}"));
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*}: hồ sơ {ho_so}; thông báo trước ngày {su_kien} ít nhất theo {hang_so:[A-Z0-9_]+}; thông báo ngày {ngay}; nghĩa vụ "{vi}" / "{en}"=insert(checks.notice("{tc}", "", {ho_so}, law.noticeBefore("{hang_so}", {su_kien}), {ngay}, "{vi}", "{en}"));

# Thời gian tối thiểu "niêm yết, lấy ý kiến ít nhất N ngày": đạt nếu chưa kết thúc (không có ngày kết thúc) hoặc kết thúc
# không sớm hơn ngày bắt đầu cộng N ngày.
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*} phần {phan:[a-z]}: hồ sơ {ho_so}; kéo dài từ ngày {bat_dau} tối thiểu theo {hang_so:[A-Z0-9_]+}; kết thúc ngày {ket_thuc}; nghĩa vụ "{vi}" / "{en}"=insert(checks.duration("{tc}", "{phan}", {ho_so}, law.minimumEnd("{hang_so}", {bat_dau}), {ket_thuc}, "{vi}", "{en}"));
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*}: hồ sơ {ho_so}; kéo dài từ ngày {bat_dau} tối thiểu theo {hang_so:[A-Z0-9_]+}; kết thúc ngày {ket_thuc}; nghĩa vụ "{vi}" / "{en}"=insert(checks.duration("{tc}", "", {ho_so}, law.minimumEnd("{hang_so}", {bat_dau}), {ket_thuc}, "{vi}", "{en}"));

# Một điều kiện trên một hồ sơ (hoặc một danh sách mã hồ sơ), tính vào năm của ngày đã cho; đạt khi điều kiện đúng.
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*} phần {phan:[a-z]}: hồ sơ {ho_so}; tính vào ngày {ngay}; đạt khi {dieu_kien}; nghĩa vụ "{vi}" / "{en}"=insert(checks.condition("{tc}", "{phan}", {ho_so}, {ngay}, {dieu_kien}, "{vi}", "{en}"));
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*}: hồ sơ {ho_so}; tính vào ngày {ngay}; đạt khi {dieu_kien}; nghĩa vụ "{vi}" / "{en}"=insert(checks.condition("{tc}", "", {ho_so}, {ngay}, {dieu_kien}, "{vi}", "{en}"));

# Văn bản còn hiệu lực cuối kỳ (ban hành không muộn hơn 31/12, chưa bị bãi bỏ đến 31/12; nhiều văn bản thì lấy văn bản
# ban hành sau cùng): đạt khi có. Loại văn bản (RegulationType): CITIZEN_RECEPTION_RULES nội quy tiếp công dân,
# RECEPTION_STAFF_ASSIGNMENT quyết định phân công người tiếp công dân, COMMUNE_DEMOCRACY_REGULATION quy chế thực hiện
# dân chủ ở xã, AGENCY_DEMOCRACY_REGULATION quy chế dân chủ trong cơ quan, INTERNAL_SPENDING_RULES quy chế chi tiêu nội
# bộ, CODE_OF_CONDUCT quy tắc ứng xử, MTTQ_COORDINATION_REGULATION quy chế phối hợp với Ủy ban MTTQ xã.
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*} phần {phan:[a-z]}: có văn bản loại {loai:[A-Z_]+} còn hiệu lực cuối kỳ; nghĩa vụ "{vi}" / "{en}"=insert(checks.condition("{tc}", "{phan}", law.regulationInForce(RegulationType.{loai}) == null ? null : law.regulationInForce(RegulationType.{loai}).id(), law.periodEnd(), law.regulationInForce(RegulationType.{loai}) != null, "{vi}", "{en}"));
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*}: có văn bản loại {loai:[A-Z_]+} còn hiệu lực cuối kỳ; nghĩa vụ "{vi}" / "{en}"=insert(checks.condition("{tc}", "", law.regulationInForce(RegulationType.{loai}) == null ? null : law.regulationInForce(RegulationType.{loai}).id(), law.periodEnd(), law.regulationInForce(RegulationType.{loai}) != null, "{vi}", "{en}"));

# Lấy văn bản loại đã cho còn hiệu lực cuối kỳ vào một biến (không có thì biến là null), để kiểm tra thêm nội dung của
# văn bản ở câu "Ghi nhận kiểm tra ... đạt khi ..." sau đó, ví dụ đạt khi $qc != null && $qc.agreedWithMttq().
[then]Lấy văn bản loại {loai:[A-Z_]+} còn hiệu lực cuối kỳ vào {bien:[$][A-Za-z0-9_]+}=Regulation {bien} = law.regulationInForce(RegulationType.{loai});

# Hồ sơ mà pháp luật yêu cầu hằng năm không có: một trường hợp kiểm tra không đạt (thiếu hồ sơ bắt buộc, §3.3).
[then]Ghi nhận tiêu chí {tc:[A-Z][A-Z0-9.]*} phần {phan:[a-z]} thiếu hồ sơ bắt buộc hằng năm; nghĩa vụ "{vi}" / "{en}"=insert(checks.expected("{tc}", "{phan}", "{vi}", "{en}"));
[then]Ghi nhận tiêu chí {tc:[A-Z][A-Z0-9.]*} thiếu hồ sơ bắt buộc hằng năm; nghĩa vụ "{vi}" / "{en}"=insert(checks.expected("{tc}", "", "{vi}", "{en}"));

# Nghĩa vụ hằng tuần: một trường hợp kiểm tra cho tuần bắt đầu từ thứ Hai đã cho, đạt khi danh sách mã hồ sơ của tuần
# không rỗng. Tuần đầu năm bắt đầu từ năm trước được tính vào ngày 01/01 của kỳ (tuần xét là tuần có ngày làm việc trong
# kỳ). Nội dung nghĩa vụ được in kèm ngày thứ Hai của tuần, ví dụ "... trong tuần từ 2025-01-06".
[then]Ghi nhận kiểm tra tiêu chí {tc:[A-Z][A-Z0-9.]*} cho tuần từ thứ Hai {thu_hai:[$][A-Za-z0-9_]+}: đạt khi có hồ sơ trong {ds:[$][A-Za-z0-9_]+}; nghĩa vụ "{vi}" / "{en}"=insert(checks.condition("{tc}", "", {ds}, {thu_hai}.isBefore(law.periodStart()) ? law.periodStart() : {thu_hai}, !{ds}.isEmpty(), "{vi} " + Law.viDate({thu_hai}), "{en} " + Law.viDate({thu_hai})));
