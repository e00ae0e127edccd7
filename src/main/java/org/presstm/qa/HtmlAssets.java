package org.presstm.qa;

/** The style sheet and the filter script of the HTML report, inlined into every page. */
final class HtmlAssets {
    static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 16px;color:#222}
            header h1{margin:16px 0 4px} :not(article).error{color:#b3261e} :not(article).warning{color:#9a6700}
            :not(article).info{color:#2f5e9e}
            #charts{display:flex;flex-wrap:wrap;gap:24px} .chart{margin:8px 0}
            svg text{font-size:12px;fill:#333} svg text.title{font-weight:600;font-size:13px}
            rect.error{fill:#d9534f} rect.warning{fill:#f0ad4e} rect.info{fill:#5b8fd1}
            #filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #ddd;display:flex;
            gap:14px;flex-wrap:wrap;align-items:center;z-index:1} #shown{color:#555}
            table{border-collapse:collapse} td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}
            td.n{text-align:right} #summary{margin:10px 0}
            .finding{border:1px solid #ddd;border-left:6px solid #5b8fd1;border-radius:4px;margin:12px 0;padding:6px 12px}
            .finding.error{border-left-color:#d9534f} .finding.warning{border-left-color:#f0ad4e}
            .finding h2{font-size:14px;margin:2px 0;font-weight:500} .sev{text-transform:uppercase;font-weight:700}
            .finding.error .sev{color:#b3261e} .finding.warning .sev{color:#9a6700} .finding.info .sev{color:#2f5e9e}
            .where{color:#666} .msg{margin:4px 0 8px;font-weight:500}
            .texts{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:10px}
            .text{background:#fafafa;border:1px solid #eee;padding:6px 8px;border-radius:3px;white-space:pre-wrap}
            .text.missing{background:#fff3f2} .lang{font-size:11px;color:#777;text-transform:uppercase;margin-bottom:2px}
            mark{background:#ffe08a;border-bottom:2px solid #d9534f;padding:0 1px} mark:empty{padding:0 3px}
            """;

    static final String SCRIPT = """
            (function(){
            'use strict';
            var body=document.body;
            window.addEventListener('error',function(e){body.setAttribute('data-errors',(body.getAttribute('data-errors')||'')+e.message+';');});
            var check=document.getElementById('f-check'),doc=document.getElementById('f-document');
            var sevs=Array.prototype.slice.call(document.querySelectorAll('.f-severity'));
            var items=Array.prototype.slice.call(document.querySelectorAll('article.finding'));
            function apply(){
              var c=check.value,d=doc.value,on={},shown=0;
              sevs.forEach(function(s){on[s.value]=s.checked;});
              items.forEach(function(a){
                var ok=(!c||a.dataset.check===c||a.dataset.category===c)&&on[a.dataset.severity]&&(!d||a.dataset.document===d);
                a.hidden=!ok; if(ok){shown++;}
              });
              document.getElementById('shown').textContent=shown+' of '+items.length+' findings shown';
              document.getElementById('none').hidden=shown>0;
            }
            function has(select,v){return Array.prototype.some.call(select.options,function(o){return o.value===v;});}
            function fromHash(){
              var p={};
              location.hash.replace(/^#/,'').split('&').forEach(function(kv){
                var i=kv.indexOf('='); if(i>0){p[decodeURIComponent(kv.slice(0,i))]=decodeURIComponent(kv.slice(i+1));}
              });
              check.value=p.check&&has(check,p.check)?p.check:'';
              doc.value=p.document&&has(doc,p.document)?p.document:'';
              var s=p.severity?p.severity.split(','):null;
              sevs.forEach(function(x){x.checked=!s||s.indexOf(x.value)>=0;});
              apply();
            }
            function toHash(){
              var parts=[];
              if(check.value){parts.push('check='+encodeURIComponent(check.value));}
              var s=sevs.filter(function(x){return x.checked;}).map(function(x){return x.value;});
              if(s.length<sevs.length){parts.push('severity='+s.join(','));}
              if(doc.value){parts.push('document='+encodeURIComponent(doc.value));}
              history.replaceState(null,'',parts.length?'#'+parts.join('&'):location.pathname+location.search);
              apply();
            }
            check.addEventListener('change',toHash);doc.addEventListener('change',toHash);
            sevs.forEach(function(s){s.addEventListener('change',toHash);});
            window.addEventListener('hashchange',fromHash);
            fromHash();
            body.setAttribute('data-ready','yes');
            })();
            """;

    private HtmlAssets() {
    }
}
